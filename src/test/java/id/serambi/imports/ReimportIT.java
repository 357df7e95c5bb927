package id.serambi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import id.serambi.membership.MemberFixtures;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;

/** A file imported again after a correction in the old system updates the same people instead of doubling them. */
@IntegrationTest
class ReimportIT {

    private static final String COLUMNS = "&col.MEMBER_NUMBER=nomor&col.FULL_NAME=nama&col.NIK=nik&col.BIRTH_DATE=lahir"
            + "&col.SEX=jk&col.PHONE=hp&col.ADDRESS=alamat";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRowWithOneNikDigitCorrectedUpdatesTheSamePersonMatchedByTheOldNumber() {
        LocalDate born = LocalDate.of(1991, 6, 17);
        String wrong = MemberFixtures.nik(MemberFixtures.LEBAK_DISTRICT, born, false);
        String right = wrong.substring(0, 15) + (wrong.charAt(15) == '9' ? '8' : (char) (wrong.charAt(15) + 1));
        String number = "RI-" + System.nanoTime();
        String name = MemberFixtures.aName();
        assertThat(importCsv(row(number, name, wrong, born, "Jl. Lama 1"))).isEqualTo(1);
        // The old number again, in another letter case, with the NIK corrected and a new address.
        assertThat(importCsv(row(number.toLowerCase(), name, right, born, "Jl. Baru 2"))).isEqualTo(1);

        assertThat(jdbc.sql("select count(*) from member where lower(former_number) = lower(?)").param(number)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select address from member where former_number = ?").param(number).query(String.class)
                .single()).isEqualTo("Jl. Baru 2");
        assertThat(jdbc.sql("select nik_masked from member where former_number = ?").param(number)
                .query(String.class).single()).endsWith(right.substring(12));
        assertThat(jdbc.sql("select 'imports.warning.reimported' = any (warnings) from member where former_number = ?")
                .param(number).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from member_history h join member m on m.library_id = h.library_id and m.id = h.member_id
                where m.former_number = ? and h.action = 'CORRECTED' and h.staff_account_id is not null""")
                .param(number).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withoutTheOldNumberTheSameNameAndBirthDateFindTheSamePerson() {
        LocalDate born = LocalDate.of(1987, 2, 3);
        String number = "RN-" + System.nanoTime();
        String name = MemberFixtures.aName() + " Reimpor";
        assertThat(importCsv(row(number, name, "", born, "Jl. Lama 1"))).isEqualTo(1);
        String nik = MemberFixtures.nik(MemberFixtures.LEBAK_DISTRICT, born, false);
        assertThat(importCsv(row("", name.toUpperCase(), nik, born, "Jl. Lama 1"))).isEqualTo(1);

        assertThat(jdbc.sql("select count(*) from member where lower(full_name) = lower(?)").param(name)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select nik_recorded from member where former_number = ?").param(number)
                .query(Boolean.class).single()).isTrue();
    }

    private static String row(String number, String name, String nik, LocalDate born, String address) {
        return number + ";" + name + ";" + nik + ";" + born + ";L;081234567890;" + address + "\n";
    }

    private long importCsv(String row) {
        Api api = Api.on(port).asAdmin();
        Api.Response started = api.postBytes("/api/v1/libraries/lebak/imports?preset=CUSTOM&defaultCategory=umum"
                + COLUMNS, "text/csv", ("nomor;nama;nik;lahir;jk;hp;alamat\n" + row).getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        JsonNode run = ImportFixtures.waitFor(api, started.header("Location"));
        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("DONE");
        assertThat(run.get("rejected").asLong()).as(api.get(started.header("Location") + "/rejected.csv").text())
                .isZero();
        return run.get("imported").asLong();
    }
}
