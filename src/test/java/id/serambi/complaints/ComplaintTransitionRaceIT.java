package id.serambi.complaints;

import static id.serambi.complaints.ComplaintFixtures.filed;
import static id.serambi.complaints.ComplaintFixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/** Staff at several desks moving the same complaint at the same moment: one wins each step, the others get 409. */
@IntegrationTest
class ComplaintTransitionRaceIT {

    private static final int DESKS = 8;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentTransitionsLetExactlyOneWinEachStepAndNumberTheStepsWithoutGaps() throws Exception {
        Api petugas = Api.on(port).as(staff(Role.PETUGAS), TestUsers.PASSWORD);
        Api kabid = Api.on(port).as(staff(Role.KABID), TestUsers.PASSWORD);
        String code = filed(petugas, "lebak", Map.of("channel", "SUGGESTION_BOX", "text", "Memo: AC rusak"));
        String path = "/api/v1/libraries/lebak/complaints/" + code + "/transitions";

        for (int round = 0; round < 3; round++) {
            assertOneWins(race(petugas, path, transition("VERIFIED", "diteruskan", null)), "VERIFIED");
            assertOneWins(race(kabid, path, transition("ANSWERED", "draf", "AC sudah diperbaiki")), "ANSWERED");
            assertOneWins(race(petugas, path, transition("RESOLVED", "diterapkan", null)), "RESOLVED");
            assertOneWins(race(petugas, path, transition("CLOSED", null, null)), "CLOSED");
            if (round < 2) {
                code = filed(petugas, "lebak", Map.of("channel", "SUGGESTION_BOX", "text", "Memo: lampu " + round));
                path = "/api/v1/libraries/lebak/complaints/" + code + "/transitions";
            }
        }

        assertThat(jdbc.sql("select seq from complaint_step where tracking_code = ? order by seq").param(code)
                .query(Integer.class).list()).containsExactly(1, 2, 3, 4, 5);
        assertThat(jdbc.sql("select status from complaint_step where tracking_code = ? order by seq").param(code)
                .query(String.class).list()).containsExactly("RECEIVED", "VERIFIED", "ANSWERED", "RESOLVED",
                        "CLOSED");
    }

    private static void assertOneWins(List<Api.Response> answers, String status) {
        List<Api.Response> won = answers.stream().filter(a -> a.status() == 200).toList();
        assertThat(won).as("winners of %s among %s", status, answers).hasSize(1);
        assertThat(won.getFirst().json().get("status").asString()).isEqualTo(status);
        answers.stream().filter(a -> a.status() != 200).forEach(lost -> {
            assertThat(lost.status()).as(lost.toString()).isEqualTo(409);
            assertThat(lost.json().get("code").asString()).as(lost.toString()).isEqualTo("TRANSITION_NOT_ALLOWED");
        });
    }

    private static List<Api.Response> race(Api api, String path, Map<String, Object> body) throws Exception {
        CyclicBarrier start = new CyclicBarrier(DESKS);
        try (ExecutorService desks = Executors.newFixedThreadPool(DESKS)) {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < DESKS; i++) {
                answers.add(desks.submit(() -> {
                    start.await();
                    return api.post(path, body);
                }));
            }
            List<Api.Response> all = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                all.add(answer.get());
            }
            return all;
        }
    }

    private String staff(Role role) {
        return StaffFixtures.aStaffMember(accounts, libraries, "lebak", role);
    }
}
