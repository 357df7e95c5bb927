package id.serambi.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import id.serambi.support.IntegrationTest;

/**
 * The case steps recorded before the cases module, migrated into it: in a schema of its own, the tables as they were
 * (V1, V3) get a library, a standard and recorded steps, then V110 and V111 run. Each case keeps its steps and
 * moments, a staff tick (STEP_2) becomes the key of the step in position 2, and a case of a service the library no
 * longer publishes is dropped.
 */
@IntegrationTest
class CaseMigrationIT {

    @Autowired
    DataSource dataSource;

    @Test
    void recordedCaseStepsBecomeCasesWithTheirOccurrences() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            JdbcClient jdbc = JdbcClient.create(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
            jdbc.sql("create schema migration_check").update();
            jdbc.sql("set local search_path to migration_check, public").update();
            run(connection, "V1__libraries_create_library.sql", "V3__servicetimes_create_case_step.sql");
            jdbc.sql("""
                    insert into library (code, name, agency, timezone) values ('lama', 'Lama', 'Dinas', 'Asia/Jakarta');
                    insert into service (library_id, code, kind, name) values (1, 'kta', 'KTA_DESK', 'KTA');
                    insert into service_step (library_id, service_id, position, actor, description, timing,
                                              standard_seconds, checkpoint)
                    values (1, 1, 1, 'Petugas', 'Formulir', 'FIXED', 60, 'FORM_FILLED'),
                           (1, 1, 2, 'Petugas', 'Fotokopi', 'FIXED', 60, null),
                           (1, 1, 3, 'Petugas', 'Serahkan', 'FIXED', 60, 'CARD_HANDED_OVER');
                    insert into case_step (library_id, service_kind, case_ref, checkpoint, reached_at, staff_account_id)
                    values (1, 'KTA_DESK', 'A-1', 'FORM_FILLED', '2025-01-02 09:00+07', 7),
                           (1, 'KTA_DESK', 'A-1', 'STEP_2', '2025-01-02 09:03+07', 7),
                           (1, 'KTA_DESK', 'A-1', 'CARD_HANDED_OVER', '2025-01-02 09:10+07', null),
                           (1, 'KTA_DESK', 'A-2', 'FORM_FILLED', '2025-01-03 10:00+07', null),
                           (1, 'INTERNET', '99', 'INTERNET_SESSION_ENDED', '2025-01-03 10:00+07', null)""").update();
            run(connection, "V110__libraries_service_step_key_and_version.sql", "V111__cases_create_case.sql");

            List<String> cases = jdbc.sql("""
                    select s.subject_kind || ' ' || s.subject_ref || ' ' || f.service_kind || ' v'
                           || f.standard_version || ' ' || to_char(f.opened_at at time zone 'Asia/Jakarta', 'DD HH24:MI')
                    from case_file f join case_subject s on s.case_id = f.id order by s.subject_ref""")
                    .query(String.class).list();
            List<String> steps = jdbc.sql("""
                    select e.case_ref || ' ' || coalesce(t.position::text, e.checkpoint) || ' '
                           || to_char(e.reached_at at time zone 'Asia/Jakarta', 'HH24:MI') || ' '
                           || coalesce(e.staff_account_id::text, '-')
                    from case_step e left join service_step t on t.step_key::text = e.checkpoint
                    order by e.case_ref, e.reached_at""").query(String.class).list();
            connection.rollback();

            assertThat(cases).containsExactly("MEMBER A-1 KTA_DESK v1 02 09:00", "MEMBER A-2 KTA_DESK v1 03 10:00");
            assertThat(steps).containsExactly("A-1 FORM_FILLED 09:00 7", "A-1 2 09:03 7", "A-1 CARD_HANDED_OVER 09:10 -",
                    "A-2 FORM_FILLED 10:00 -");
        }
    }

    private static void run(Connection connection, String... migrations) {
        for (String migration : migrations) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/" + migration));
        }
    }
}
