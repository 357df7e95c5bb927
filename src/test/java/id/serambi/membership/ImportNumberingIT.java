package id.serambi.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/**
 * An import's rows that need a new number wait for the end of the import: numbering locks the library's counter until
 * the import commits, and the library's desk registers members meanwhile.
 */
@IntegrationTest
class ImportNumberingIT {

    @LocalServerPort
    int port;

    @Autowired
    MemberImport memberImport;

    @Autowired
    LibraryService libraries;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theDeskRegistersWhileAnImportIsOpenAndTheImportNumbersItsRowsAfterwards() throws Exception {
        Library lebak = libraries.require("lebak");
        Api desk = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
        String note = "IMPORT numbering " + System.nanoTime();
        String kept = "OLD-" + ThreadLocalRandom.current().nextInt(1_000_000);
        ExecutorService other = Executors.newSingleThreadExecutor();
        List<String> registered = new ArrayList<>();
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                MemberImport.Session session = memberImport.open(lebak);
                int now = memberImport.write(session, List.of(prepared(session, null), prepared(session, kept),
                        prepared(session, null)), note);
                assertThat(now).as("the member keeping an old number is written at once").isEqualTo(1);

                Future<Api.Response> registration = other.submit(() -> desk.post("/api/v1/libraries/lebak/members",
                        MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT)));
                Api.Response response;
                try {
                    // Before, the import's counter lock held this until the import committed: it never returned here.
                    response = registration.get(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError("the desk waited for the open import", e);
                }
                assertThat(response.status()).as(response.toString()).isEqualTo(201);
                registered.add(response.json().get("memberNumber").asString());

                assertThat(memberImport.finish(session, note)).isEqualTo(2);
                assertThat(memberImport.finish(session, note)).as("nothing is written twice").isZero();
            });
        } finally {
            other.shutdownNow();
        }

        List<String> imported = jdbc.sql("""
                select m.member_number from member m join member_history h
                  on h.library_id = m.library_id and h.member_id = m.id
                where m.library_id = ? and h.note = ? order by m.member_number""")
                .params(lebak.idValue(), note).query(String.class).list();
        assertThat(imported).hasSize(3).contains(kept);
        long desk0 = sequence(registered.getFirst());
        assertThat(imported.stream().filter(number -> !number.equals(kept)).map(ImportNumberingIT::sequence))
                .as("numbered after the desk's member, in the order of the file").containsExactly(desk0 + 1, desk0 + 2);
    }

    @Test
    void manyRowsWaitingForNumbersAreWrittenAndTheRestNumberedAsTheyCome() {
        Library lebak = libraries.require("lebak");
        String note = "IMPORT numbering many " + System.nanoTime();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            MemberImport.Session session = memberImport.open(lebak);
            session.awaitingAtMost(2);
            assertThat(memberImport.write(session, List.of(prepared(session, null)), note)).isZero();
            assertThat(memberImport.write(session, List.of(prepared(session, null), prepared(session, null)), note))
                    .as("the limit reached: all three written").isEqualTo(3);
            assertThat(memberImport.write(session, List.of(prepared(session, null)), note))
                    .as("the counter is held now: written at once").isEqualTo(1);
            assertThat(memberImport.finish(session, note)).isZero();
        });
        assertThat(jdbc.sql("""
                select count(distinct m.member_number) from member m join member_history h
                  on h.library_id = m.library_id and h.member_id = m.id
                where m.library_id = ? and h.note = ?""").params(lebak.idValue(), note).query(Long.class).single())
                .isEqualTo(4);
    }

    private static PreparedMember prepared(MemberImport.Session session, String oldNumber) {
        LocalDate born = MemberFixtures.anAdultBirthDate();
        ImportedMember row = new ImportedMember(oldNumber, MemberFixtures.aName(),
                MemberFixtures.nik(MemberFixtures.LEBAK_DISTRICT, born, false), "Lebak", born.toString(), "M",
                "Jl. Multatuli No. 7", null, null, false, null, "anggota" + System.nanoTime() + "@contoh.id", "umum", null, null, null, null);
        MemberImport.Checked checked = session.check(row);
        assertThat(checked.problems()).isEmpty();
        return checked.member();
    }

    private static long sequence(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }
}
