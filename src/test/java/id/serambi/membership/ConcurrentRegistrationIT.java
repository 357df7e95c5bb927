package id.serambi.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.internal.NumberIssuer;
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

    @Autowired
    NumberIssuer numbers;

    @Autowired
    PlatformTransactionManager transactions;

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

    @Test
    void aNumberDrawnInAnUnfinishedTransactionHoldsNoOtherRegistrationBack() throws Exception {
        Api staff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.PETUGAS),
                TestUsers.PASSWORD);
        CountDownLatch drawn = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().start(() -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> {
                    numbers.next(libraries.require("jateng"), LocalDate.now());
                    drawn.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        try {
            assertThat(drawn.await(20, TimeUnit.SECONDS)).isTrue();
            Api.Response registered = CompletableFuture.supplyAsync(() -> staff.post(
                    "/api/v1/libraries/jateng/members", MemberFixtures.anApplication("337401")))
                    .get(20, TimeUnit.SECONDS);
            assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        } finally {
            release.countDown();
            holder.join();
        }
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
