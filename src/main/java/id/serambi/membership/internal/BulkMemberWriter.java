package id.serambi.membership.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.ImportedMember;
import id.serambi.membership.MemberCardChanged;
import id.serambi.membership.MembersImported;
import id.serambi.shared.security.CurrentStaff;

/**
 * Writes imported members in batches: rows go through PostgreSQL COPY straight into {@code member}, then one statement
 * writes their consent and history. Everything runs on the caller's transaction.
 */
@Component
public class BulkMemberWriter {

    private static final Logger log = LoggerFactory.getLogger(BulkMemberWriter.class);

    /**
     * A checked, encrypted row; a null old number means a new number from the library's pattern ({@code formerNumber}
     * keeps the old system's number either way). {@code memberSince} is the first registration in the old system.
     */
    public record Row(ValidApplication application, EncryptedIdentity identity, String oldNumber,
            LocalDate registeredOn, LocalDate expiresOn, String formerNumber, LocalDate memberSince,
            String postalCode, String notes) {

        /** The same member under a new number, with a warning for staff that names the old one. */
        public Row withoutOldNumber() {
            if (oldNumber == null) {
                return this;
            }
            List<String> warnings = new ArrayList<>(application.warnings());
            warnings.add("imports.warning.renumbered:" + oldNumber);
            return new Row(Registrations.withWarnings(application, warnings), identity, null, registeredOn,
                    expiresOn, formerNumber, memberSince, postalCode, notes);
        }
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final LibraryService libraries;
    private final HomeRegions regions;
    private final NikValidator nikValidator;
    private final CategoryRules categoryRules;
    private final Identities identities;
    private final DataCipher cipher;
    private final NumberIssuer numbers;
    private final NameIndexes nameIndexes;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    BulkMemberWriter(JdbcClient jdbc, DataSource dataSource, LibraryService libraries, HomeRegions regions,
            NikValidator nikValidator, CategoryRules categoryRules, Identities identities, DataCipher cipher,
            NumberIssuer numbers, NameIndexes nameIndexes, ApplicationEventPublisher publisher, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.libraries = libraries;
        this.regions = regions;
        this.nikValidator = nikValidator;
        this.categoryRules = categoryRules;
        this.identities = identities;
        this.cipher = cipher;
        this.numbers = numbers;
        this.nameIndexes = nameIndexes;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * The registration validator, with the library's categories read once: the desk reads them per application,
     * which a million rows cannot afford.
     */
    public ApplicationValidator validatorFor(Library library) {
        Object categories = libraries.categories(library.id());
        ProxyFactory factory = new ProxyFactory(libraries);
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) call -> "categories".equals(call.getMethod().getName()) ? categories
                : call.proceed());
        return new ApplicationValidator((LibraryService) factory.getProxy(), regions, nikValidator, clock,
                categoryRules);
    }

    /** Checks and encrypts one row; throws the validator's field problems. */
    public Row prepare(Library library, ApplicationValidator validator, ImportedMember member, LocalDate today) {
        ImportApplications.Cleaned cleaned = ImportApplications.cleaned(member);
        ValidApplication valid = validator.validate(library, cleaned.form(), false, cleaned.waived());
        List<String> warnings = new ArrayList<>(cleaned.warnings());
        warnings.addAll(member.readingWarnings());
        if (valid.minor() && valid.guardianName() == null) {
            warnings.add("imports.warning.guardianMissing");
        }
        valid = ImportApplications.withWarnings(valid, warnings);
        EncryptedIdentity identity;
        if (valid.nik() == null) {
            // A legacy member: no NIK yet (nor its index), asked for at the next visit.
            String mother = cleaned.motherName() ? valid.motherMaidenName() : null;
            valid = ImportApplications.withoutMotherName(valid);
            identity = new EncryptedIdentity(null, null, NIK_NOT_RECORDED,
                    mother == null ? null : cipher.encrypt(Identities.MOTHER, mother));
        } else if (cleaned.motherName()) {
            identity = identities.encrypt(library.idValue(), valid);
        } else {
            valid = ImportApplications.withoutMotherName(valid);
            identity = new EncryptedIdentity(cipher.encrypt(Identities.NIK, valid.nik()),
                    identities.nikIndex(library.idValue(), valid.nik()), NikValidator.mask(valid.nik()), null);
        }
        LocalDate registered = member.registeredOn() == null ? today : member.registeredOn();
        LocalDate expires = member.expiresOn() == null ? registered.plusMonths(valid.category().periodMonths())
                : member.expiresOn();
        return new Row(valid, identity, member.oldNumber(), registered, expires, member.oldNumber(),
                member.memberSince(), ImportApplications.placeholder(member.postalCode()) ? null
                        : member.postalCode().strip(),
                member.notes() == null || member.notes().isBlank() ? null : member.notes().strip());
    }

    /** What a legacy member's masked NIK shows until the NIK is recorded. */
    static final String NIK_NOT_RECORDED = "";

    /**
     * Writes a batch; {@code knownWords} are name words the library has already (those of this batch are added to
     * it).
     */
    public int write(Library library, List<Row> rows, String note, Set<String> knownWords) {
        List<String> fresh = newNumbers(library, (int) rows.stream().filter(row -> row.oldNumber() == null).count());
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            nameIndexes.importing();
            boolean unchecked = skipForeignKeyChecks(library);
            Iterator<String> issued = fresh.iterator();
            List<String> numbers = new ArrayList<>(rows.size());
            for (Row row : rows) {
                numbers.add(row.oldNumber() == null ? issued.next() : row.oldNumber());
            }
            List<MemberCardChanged> cards = ImportStage.write(connection, jdbc, library, rows, numbers, note,
                    CurrentStaff.accountIdOrNull(), clock.instant());
            ImportStage.addNameWords(jdbc, library, rows, knownWords);
            if (unchecked) {
                // Before any listener writes: the skipped checks (and triggers) are safe only for this batch's own
                // statements, whose references are known; another module's write gets the checks again.
                jdbc.sql("set local session_replication_role = origin").update();
            }
            publisher.publishEvent(new MembersImported(library.id(), cards));
            return cards.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Import batch could not be written", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Lets the batch skip PostgreSQL's row-by-row foreign-key checks (half the database's work on a bulk load) when
     * the database user may, as pg_restore does. Safe here by construction: every row the batch writes points at the
     * library and its categories, locked below against deletion until the import commits, or at members the same
     * statement has just written. A user without the right gets the checked way, only slower.
     */
    private boolean skipForeignKeyChecks(Library library) {
        int version = jdbc.sql("select current_setting('server_version_num')::int").query(Integer.class).single();
        boolean allowed = jdbc.sql(version >= 150000
                ? "select rolsuper or has_parameter_privilege('session_replication_role', 'SET') from pg_roles"
                        + " where rolname = current_user"
                : "select rolsuper from pg_roles where rolname = current_user")
                .query(Boolean.class).optional().orElse(false);
        if (!allowed) {
            return false;
        }
        jdbc.sql("select 1 from library where id = ? for key share").param(library.idValue()).query(Integer.class)
                .list();
        jdbc.sql("select 1 from member_category where library_id = ? for key share").param(library.idValue())
                .query(Integer.class).list();
        jdbc.sql("set local session_replication_role = replica").update();
        return true;
    }

    /**
     * Analyses the tables an import fills and merges the pending lists of the name indexes (GIN collects new entries
     * in a list that every search reads until it is merged). Needs to own them, which the application's database
     * user does; otherwise PostgreSQL skips the analysis with a warning and the merge is left to autovacuum. A failure
     * is logged: the import itself has committed.
     */
    public void refreshAfterImport() {
        long started = System.nanoTime();
        try {
            jdbc.sql("analyze member, member_name_word, member_name_word_deletion").update();
            nameIndexes.merge();
            log.info("Statistics and name indexes refreshed after the import in {} ms",
                    (System.nanoTime() - started) / 1_000_000);
        } catch (DataAccessException e) {
            log.warn("Statistics and name indexes could not be refreshed after the import; autovacuum will", e);
        }
    }

    private List<String> newNumbers(Library library, int count) {
        List<String> issued = new ArrayList<>(count);
        if (count == 0) {
            return issued;
        }
        NumberPattern pattern = numbers.settings(library).pattern();
        int year = LocalDate.now(clock.withZone(library.timezone())).getYear();
        long last = jdbc.sql("""
                insert into member_number_counter (library_id, period, last_value) values (?, ?, ?)
                on conflict (library_id, period) do update set last_value = member_number_counter.last_value + ?
                returning last_value""")
                .params(library.idValue(), pattern.period(year), count, count).query(Long.class).single();
        for (long sequence = last - count + 1; sequence <= last; sequence++) {
            issued.add(pattern.format(year, sequence));
        }
        return issued;
    }
}
