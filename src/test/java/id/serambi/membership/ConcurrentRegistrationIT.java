package id.serambi.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
class ConcurrentRegistrationIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Test
    void fiftyAtOnceGetUniqueNumbersAndADuplicatedNikIsRegisteredOnce() throws Exception {
        Api staff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.PETUGAS),
                TestUsers.PASSWORD);
        String sharedNik = MemberFixtures.nik("337401", MemberFixtures.anAdultBirthDate(), true);
        List<Map<String, Object>> applications = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            applications.add(MemberFixtures.anApplication("337401"));
        }
        for (int i = 0; i < 10; i++) {
            applications.add(MemberFixtures.with(MemberFixtures.anApplication("337401"), "nik", sharedNik));
        }

        List<Api.Response> responses = postAllAtOnce(staff, applications);

        List<String> numbers = responses.stream().filter(r -> r.status() == 201)
                .map(r -> r.json().get("memberNumber").asString()).toList();
        assertThat(numbers).hasSize(41);
        assertThat(new HashSet<>(numbers)).hasSize(41);
        assertThat(responses.subList(40, 50).stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(responses.subList(40, 50).stream().filter(r -> r.status() == 409)).hasSize(9);
        assertThat(responses.subList(0, 40)).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
    }

    private static List<Api.Response> postAllAtOnce(Api staff, List<Map<String, Object>> applications)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(applications.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (Map<String, Object> application : applications) {
                Callable<Api.Response> call = () -> {
                    start.await();
                    return staff.post("/api/v1/libraries/jateng/members", application);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
