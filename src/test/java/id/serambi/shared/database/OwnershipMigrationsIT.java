package id.serambi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database made before V120-V123 (an erased member, a data-page code, an oversight) keeps its rows and rules when
 * the owners re-declare V70's rules, the oversight table is renamed and libraries publishes its category names.
 */
class OwnershipMigrationsIT {

    @TempDir
    Path directory;

    @Test
    void aDatabaseOfV103KeepsItsRowsAndRulesThroughTheOwnershipMigrations() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory.resolve("pg"), false)) {
            DriverManagerDataSource dataSource = new DriverManagerDataSource(server.jdbcUrl(), server.user(), "");
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            migrate(dataSource, "103");
            int province = library(jdbc, "prov");
            int regency = library(jdbc, "kab");
            jdbc.update("insert into member_category (library_id, code, name) values (?, 'umum', 'Umum')", regency);
            jdbc.update("""
                    insert into member (library_id, member_number, channel, full_name, nik_masked, birth_date, sex,
                        address, category_code, status, registered_on)
                    values (?, 'K-1', 'DESK', '[dihapus]', '****', date '2000-01-01', 'F', '-', 'umum', 'ERASED',
                        current_date)""", regency);
            jdbc.update("""
                    insert into card_code (library_id, member_number, purpose, channel, destination, code_hash,
                        created_at, expires_at) values (?, 'K-1', 'DATA_ACCESS', 'SMS', '+62', 'h', now(), now())""",
                    regency);
            jdbc.update("insert into library_network (library_id, overseen_library_id) values (?, ?)", province,
                    regency);

            migrate(dataSource, "latest");

            assertThat(jdbc.queryForObject("select status from member where member_number = 'K-1'", String.class))
                    .isEqualTo("ERASED");
            assertThat(jdbc.queryForObject("select purpose from card_code", String.class)).isEqualTo("DATA_ACCESS");
            assertThat(jdbc.queryForObject("select overseen_library_id from library_oversight where library_id = ?",
                    Integer.class, province)).isEqualTo(regency);
            assertThat(jdbc.queryForObject("select to_regclass('library_network') is null", Boolean.class)).isTrue();
            assertThat(jdbc.queryForObject("select name from member_category_name where library_id = ?",
                    String.class, regency)).isEqualTo("Umum");
            assertThatThrownBy(() -> jdbc.update("""
                    insert into member (library_id, member_number, channel, full_name, nik_masked, birth_date, sex,
                        address, category_code, status, registered_on)
                    values (?, 'K-2', 'DESK', 'Sari', '****', date '2000-01-01', 'F', '-', 'umum', 'APPROVED',
                        current_date)""", regency))
                    .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("member_nik_unless_erased");
            assertThatThrownBy(() -> jdbc.update("update card_code set purpose = 'OTHER'"))
                    .hasMessageContaining("card_code_purpose");
            assertThatThrownBy(() -> jdbc.update("insert into library_oversight (library_id, overseen_library_id)"
                    + " values (?, ?)", regency, regency)).hasMessageContaining("library_oversight_not_itself");
        }
    }

    private static int library(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("insert into library (code, name, agency, timezone) values (?, ?, 'Dinas',"
                + " 'Asia/Jakarta') returning id", Integer.class, code, code);
    }

    private static void migrate(DriverManagerDataSource dataSource, String target) {
        Flyway.configure().locations("classpath:db/migration").dataSource(dataSource).target(target).load().migrate();
    }
}
