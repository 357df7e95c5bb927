package id.serambi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.FieldVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.SpringAsmInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import id.serambi.SerambiApplication;
import id.serambi.support.IntegrationTest;

/** Each table belongs to one module, whose migrations and code alone touch it (see {@link TableOwnership}). */
@IntegrationTest
class TableOwnershipIT {

    @Autowired
    JdbcTemplate jdbc;

    final TableOwnership ownership = new TableOwnership();

    @Test
    void everyTableHasExactlyOneOwningModule() {
        assertThat(ownership.ownershipViolations(liveTables())).isEmpty();
    }

    @Test
    void migrationsChangeOnlyTheirOwnModulesTables() throws IOException {
        Map<String, String> migrations = migrations();
        Map<String, Set<String>> writes = new TreeMap<>();
        migrations.forEach((file, sql) -> writes.put(file, SqlTables.writes(sql)));
        List<String> violations = new ArrayList<>();
        migrations.forEach((file, sql) -> violations.addAll(ownership.migrationViolations(file, sql, writes)));
        assertThat(migrations).hasSizeGreaterThan(20);
        assertThat(violations).isEmpty();
    }

    @Test
    void codeNamesOnlyItsOwnModulesTables() throws Exception {
        Map<String, Set<String>> constants = constantsByClass();
        Set<String> violations = new TreeSet<>();
        constants.forEach((className, strings) -> {
            String module = className.split("\\.")[2];
            strings.forEach(s -> violations.addAll(ownership.codeViolations(className, module, s)));
        });
        assertThat(constants).containsKey("id.serambi.membership.internal.MemberRepository");
        assertThat(violations).isEmpty();
    }

    @Test
    void foreignKeysAcrossModulesPointAtTheLibraryOrAreDeclared() {
        List<String> violations = new ArrayList<>();
        jdbc.query("""
                select src.relname, dst.relname from pg_constraint c
                join pg_class src on src.oid = c.conrelid join pg_class dst on dst.oid = c.confrelid
                join pg_namespace n on n.oid = src.relnamespace
                where c.contype = 'f' and n.nspname = current_schema()""",
                rs -> { violations.addAll(ownership.foreignKeyViolations(rs.getString(1), rs.getString(2))); });
        assertThat(violations).isEmpty();
    }

    @Test
    void catchesAMigrationThatAltersAnotherModulesTable() {
        String sql = """
                alter table member add column erased_reason text; -- privacy's column on membership's table
                create index privacy_by_member on member (library_id, member_number);
                insert into privacy_action (library_id) select library_id from card_code;""";
        assertThat(ownership.migrationViolations("V129__privacy_erasure_reason.sql", sql, Map.of()))
                .containsExactlyInAnyOrder(
                        "V129__privacy_erasure_reason.sql: privacy changes membership's table member",
                        "V129__privacy_erasure_reason.sql: privacy uses cards's table card_code");
        assertThat(ownership.migrationViolations("V129__privacy_action_detail.sql",
                "alter table privacy_action add column note text", Map.of())).isEmpty();
        assertThat(ownership.migrationViolations("V129__nobody_things.sql", "create table x (id int)", Map.of()))
                .containsExactly("V129__nobody_things.sql: unknown module nobody");
    }

    @Test
    void catchesCodeThatJoinsAnotherModulesTable() {
        assertThat(ownership.codeViolations("id.serambi.membership.internal.X", "membership", """
                select h.action, a.full_name from member_history h
                left join staff_account a on a.id = h.staff_account_id"""))
                .containsExactly("id.serambi.membership.internal.X: membership uses accounts's table staff_account");
        assertThat(ownership.codeViolations("id.serambi.reports.internal.X", "reports",
                "update library_oversight set position = 1; -- not from member")).isEmpty();
    }

    @Test
    void othersReadAPublishedViewButNeverChangeIt() {
        assertThat(ownership.codeViolations("id.serambi.membership.internal.X", "membership",
                "select c.name from member m join member_category_name c on c.code = m.category_code")).isEmpty();
        assertThat(ownership.migrationViolations("V129__membership_x.sql", "drop view member_category_name", Map.of()))
                .containsExactly("V129__membership_x.sql: membership changes libraries's table member_category_name");
    }

    @Test
    void catchesATableWithoutOrWithTwoOwners() {
        Set<String> live = new HashSet<>(ownedTables());
        live.add("queue_ticket");
        live.remove("demo_data");
        assertThat(ownership.ownershipViolations(live)).containsExactlyInAnyOrder(
                "queue_ticket: no owning module (add it to TableOwnership.OWNERS)",
                "demo_data: owned by demo but not in the database (renamed or dropped: move it to FORMER_TABLES)");
        Map<String, Set<String>> twice = new HashMap<>(TableOwnership.OWNERS);
        twice.put("privacy", Set.of("card_code"));
        assertThat(new TableOwnership(twice).ownershipViolations(Set.of("card_code")))
                .anyMatch(v -> v.startsWith("card_code: owned by more than one module (")
                        && v.contains("cards") && v.contains("privacy"));
        assertThat(ownership.foreignKeyViolations("privacy_action", "staff_account"))
                .containsExactly("privacy_action (privacy): foreign key to accounts's table staff_account");
    }

    private static Set<String> ownedTables() {
        Set<String> tables = new HashSet<>();
        TableOwnership.OWNERS.values().forEach(tables::addAll);
        return tables;
    }

    private Set<String> liveTables() {
        return new HashSet<>(jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type in ('BASE TABLE', 'VIEW')""", String.class));
    }

    private static Map<String, String> migrations() throws IOException {
        Map<String, String> migrations = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:db/migration/*.sql")) {
            migrations.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
        }
        return migrations;
    }

    /** The string constants of every application class (fields, literals and concatenation recipes). */
    private static Map<String, Set<String>> constantsByClass() throws IOException, URISyntaxException {
        Path root = Path.of(SerambiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, Set<String>> constants = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root.resolve("id/serambi"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String className = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "")
                        .replaceAll("\\$.*", "");
                if (className.split("\\.").length > 3) {
                    constants.computeIfAbsent(className, c -> new HashSet<>()).addAll(constantsOf(file));
                }
            }
        }
        return constants;
    }

    private static Set<String> constantsOf(Path classFile) throws IOException {
        Set<String> strings = new HashSet<>();
        int api = SpringAsmInfo.ASM_VERSION;
        MethodVisitor method = new MethodVisitor(api) {
            @Override
            public void visitLdcInsn(Object value) {
                if (value instanceof String s) {
                    strings.add(s);
                }
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle handle, Object... arguments) {
                Stream.of(arguments).filter(String.class::isInstance).map(String.class::cast).forEach(strings::add);
            }
        };
        try (InputStream in = Files.newInputStream(classFile)) {
            new ClassReader(in).accept(new ClassVisitor(api) {
                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                        Object value) {
                    if (value instanceof String s) {
                        strings.add(s);
                    }
                    return null;
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    return method;
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        }
        return strings;
    }
}
