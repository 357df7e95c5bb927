package id.serambi.shared.database;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which module owns each table, and the rules that follow from it: a table has exactly one owner; a module's
 * migrations ({@code V<n>__<module>_<what>.sql}) create, alter, index and fill only its own tables and read no other
 * module's; a module's code (the string constants of its classes) names only its own tables; a foreign key to another
 * module's table points at {@code library} (the tenant every library table hangs from) or is declared below.
 * Other modules read a module's data through its facade, or through a view it lists in {@link #PUBLISHED_VIEWS}.
 * To add a table or view: put its name under its module in {@link #OWNERS} (a new module gets a new entry); to rename
 * or drop one, move its old name to {@link #FORMER_TABLES}.
 */
final class TableOwnership {

    /** The one map: module (top-level package, or {@code shared}) to the tables it owns. */
    static final Map<String, Set<String>> OWNERS = Map.ofEntries(
            entry("libraries", Set.of("library", "library_service_hours", "library_holiday", "service",
                    "service_requirement", "service_step", "service_complaint_channel", "member_category",
                    "member_category_name", "service_version", "service_version_step")),
            entry("accounts", Set.of("staff_account", "library_staff")),
            entry("cases", Set.of("case_file", "case_subject", "case_event", "case_step", "case_queue_counter")),
            entry("membership", Set.of("membership_settings", "member_number_counter", "member", "member_document",
                    "member_consent", "member_history", "member_photo", "member_nik_disclosure", "member_name_word",
                    "member_name_word_deletion", "member_data_key")),
            entry("complaints", Set.of("complaint_settings", "complaint", "complaint_step")),
            entry("surveys", Set.of("survey_response", "survey_review")),
            entry("frontoffice", Set.of("frontoffice_member_card", "frontoffice_member_card_public", "visit_purpose", "visit_location",
                    "frontoffice_settings", "visit", "visit_day_total", "visit_day_rolled", "visit_day_live")),
            entry("internetroom", Set.of("internet_settings", "workstation", "internet_session", "internet_queue")),
            entry("cards", Set.of("card_design", "card_batch", "card_issue", "card_handover",
                    "card_code")),
            entry("demo", Set.of("demo_data")),
            entry("privacy", Set.of("privacy_request", "privacy_retention", "privacy_retention_run", "privacy_action",
                    "privacy_member_token")),
            entry("imports", Set.of("import_run", "import_rejection", "import_settings", "member_export_mark",
                    "import_photo")),
            entry("reports", Set.of("library_oversight")),
            entry("shared", Set.of("event_publication", "flyway_schema_history", "shared_job_lock")));

    /** Views an owner publishes for other modules' queries (listed in OWNERS too): read-only to the others. */
    static final Set<String> PUBLISHED_VIEWS = Set.of("member_category_name", "frontoffice_member_card_public");

    /** Tables no longer in the database under this name (renamed or dropped), so that old migrations stay checked. */
    static final Map<String, String> FORMER_TABLES = Map.of(
            "library_network", "reports",
            "card_member", "cards");

    /**
     * Changes an applied migration made to another module's table. Applied migrations cannot change (Flyway's
     * checksums), so each stands only because its owner declares the same change again in a later migration, named
     * here and checked: key "migration table", value the owner's migration.
     */
    static final Map<String, String> SUPERSEDED = Map.of(
            "V70__privacy_create_requests.sql member", "V120__membership_member_erasure.sql",
            "V70__privacy_create_requests.sql card_code", "V121__cards_code_data_access.sql");

    /**
     * Modules that no longer own tables, to the module that took them over (so that their applied migrations stay
     * checked as the new owner's): servicetimes' case_step became the cases module's in V111.
     */
    static final Map<String, String> FORMER_MODULES = Map.of("servicetimes", "cases");

    /** Reads of another module's table that must remain, key "class or migration -> table", with the reason. */
    static final Map<String, String> ALLOWED_READS = Map.of(
            "id.serambi.backup.internal.Tables -> flyway_schema_history", "a backup records the schema version it"
                    + " was taken at, and a restore refuses another: the backup is of the whole database",
            "id.serambi.membership.internal.BulkMemberWriter -> library", "a bulk import switches foreign-key"
                    + " triggers off for its statements and takes the key-share lock those keys would take itself",
            "id.serambi.membership.internal.BulkMemberWriter -> member_category", "the same key-share lock, for the"
                    + " category foreign key of the imported members",
            "V111__cases_create_case.sql -> service", "moving the old case_step rows, the migration finds each"
                    + " service's steps to turn the positional STEP_n of ticked steps into their stable keys, once",
            "V111__cases_create_case.sql -> service_step", "the same, for the steps' stable keys",
            "V190__cases_queue_ticket.sql -> service_version_step", "cases recorded before cases closed are closed"
                    + " once, at the moment they reached the last step of the version they are judged against",
            "V155__frontoffice_member_card_one_copy.sql -> card_member", "the one remaining copy of the member"
                    + " cards takes over the rows only the print queue's copy held, before V156 (cards) drops it",
            "V96__frontoffice_visit_day_rollup.sql -> library", "the roll-up procedure walks library ids, the tenant"
                    + " every table's key starts with, to reach each library's first visit through its index");

    /** Foreign keys to another module's table besides library's, key "table -> referenced table", with the reason. */
    static final Map<String, String> ALLOWED_FOREIGN_KEYS = Map.of(
            "member -> member_category", "a member's category is one of its library's categories (libraries)",
            "privacy_request -> member", "a request is about one member; erasure anonymises, never deletes, the row");

    private static final Pattern MIGRATION = Pattern.compile("V[0-9]+__([a-z]+)_[a-z0-9_]+\\.sql");

    private final Map<String, Set<String>> owners;
    private final Map<String, String> ownerOf = new HashMap<>(FORMER_TABLES);

    TableOwnership() {
        this(OWNERS);
    }

    TableOwnership(Map<String, Set<String>> owners) {
        this.owners = owners;
        owners.forEach((module, tables) -> tables.forEach(t -> ownerOf.merge(t, module, (a, b) -> a + "+" + b)));
    }

    /** Every live table owned by exactly one module, and no owned table missing from the database. */
    List<String> ownershipViolations(Set<String> liveTables) {
        List<String> violations = new ArrayList<>();
        for (String table : new TreeSet<>(liveTables)) {
            String owner = ownerOf.get(table);
            if (owner == null || FORMER_TABLES.containsKey(table)) {
                violations.add(table + ": no owning module (add it to TableOwnership.OWNERS)");
            } else if (owner.contains("+")) {
                violations.add(table + ": owned by more than one module (" + owner + ")");
            }
        }
        owners.forEach((module, tables) -> tables.stream().filter(t -> !liveTables.contains(t)).sorted()
                .forEach(t -> violations.add(t + ": owned by " + module + " but not in the database (renamed or"
                        + " dropped: move it to FORMER_TABLES)")));
        return violations;
    }

    /** A migration writes only its module's tables and reads no other module's (unless allowed). */
    List<String> migrationViolations(String fileName, String sql, Map<String, Set<String>> writesByMigration) {
        Matcher name = MIGRATION.matcher(fileName);
        if (!name.matches()) {
            return List.of(fileName + ": not named V<n>__<module>_<what>.sql");
        }
        String module = FORMER_MODULES.getOrDefault(name.group(1), name.group(1));
        if (!owners.containsKey(module)) {
            return List.of(fileName + ": unknown module " + module);
        }
        List<String> violations = new ArrayList<>();
        for (String table : SqlTables.writes(sql)) {
            String owner = ownerOf.get(table);
            if (owner != null && !owner.equals(module) && !superseded(fileName, table, writesByMigration)) {
                violations.add(fileName + ": " + module + " changes " + owner + "'s table " + table);
            }
        }
        violations.addAll(readViolations(fileName, module, SqlTables.reads(sql)));
        return violations;
    }

    /** A module's code names only its own tables (unless allowed). */
    List<String> codeViolations(String className, String module, String constant) {
        return readViolations(className, module, SqlTables.all(constant));
    }

    /** A foreign key between two modules' tables points at library or is declared. */
    List<String> foreignKeyViolations(String table, String referenced) {
        String owner = ownerOf.get(table);
        String referencedOwner = ownerOf.get(referenced);
        if (owner == null || referencedOwner == null || owner.equals(referencedOwner) || referenced.equals("library")
                || ALLOWED_FOREIGN_KEYS.containsKey(table + " -> " + referenced)) {
            return List.of();
        }
        return List.of(table + " (" + owner + "): foreign key to " + referencedOwner + "'s table " + referenced);
    }

    private List<String> readViolations(String where, String module, Set<String> tables) {
        List<String> violations = new ArrayList<>();
        for (String table : tables) {
            String owner = ownerOf.get(table);
            if (owner != null && !owner.equals(module) && !PUBLISHED_VIEWS.contains(table)
                    && !ALLOWED_READS.containsKey(where + " -> " + table)) {
                violations.add(where + ": " + module + " uses " + owner + "'s table " + table);
            }
        }
        return violations;
    }

    private boolean superseded(String fileName, String table, Map<String, Set<String>> writesByMigration) {
        String later = SUPERSEDED.get(fileName + " " + table);
        return later != null && writesByMigration.getOrDefault(later, Set.of()).contains(table)
                && MIGRATION.matcher(later).replaceAll("$1").equals(ownerOf.get(table))
                && version(later) > version(fileName);
    }

    private static int version(String fileName) {
        return Integer.parseInt(fileName.substring(1, fileName.indexOf("__")));
    }
}
