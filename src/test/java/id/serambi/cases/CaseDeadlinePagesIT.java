package id.serambi.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.PageSession;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/** Deadlines where people look: the member page, the applicant's status page, the dashboard's overdue count. */
@IntegrationTest
class CaseDeadlinePagesIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    CaseDesk desk;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theKtaOnlineApplicantSeesWhenTheirCardIsDueAndStaffSeeTheCaseOnTheMemberPage() {
        Api.Response registered = Api.on(port).post("/api/v1/libraries/sidoarjo/registrations",
                MemberFixtures.anApplication(MemberFixtures.SIDOARJO_DISTRICT));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String number = registered.json().get("memberNumber").asString();
        String link = registered.json().get("revisionUrl").asString();
        CaseView open = desk.openCaseOf(libraries.require("sidoarjo"), SubjectKind.MEMBER, number).orElseThrow();
        assertThat(open.deadline()).isNotNull();

        PageSession applicant = new PageSession(port);
        String status = applicant.get(link);
        String english = applicant.get(link + (link.contains("?") ? "&" : "?") + "lang=en");

        assertThat(status).contains("id=\"card-due\"").contains("Kartu dapat diambil paling lambat");
        assertThat(english).contains("Your card is due by");
        PageSession staff = signedIn("sidoarjo");
        String memberPage = staff.get("/app/sidoarjo/members/" + number);
        assertThat(memberPage).contains("id=\"member-case\"").contains("Tenggat");
    }

    @Test
    void anOverdueCaseIsCountedOnTheDashboardAndHighlightedOnTheDesk() {
        String kasi = StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.KASI);
        Api api = Api.on(port).as(kasi, TestUsers.PASSWORD);
        PageSession staff = new PageSession(port);
        staff.get("/login");
        staff.post("/login", Map.of("username", kasi, "password", TestUsers.PASSWORD));
        long before = desk.overdueCount(libraries.require("banyuwangi"));
        String caseId = api.post("/api/v1/libraries/banyuwangi/cases", Map.of("service", "internet")).json()
                .get("caseId").asString();
        jdbc.sql("update case_file set opened_at = opened_at - interval '30 days' where id = ?")
                .param(UUID.fromString(caseId)).update();

        String dashboard = staff.get("/app/banyuwangi/dashboard");
        String desk = staff.get("/app/banyuwangi/cases");

        assertThat(dashboard).contains((before + 1) + " kasus lewat tenggat").contains("/app/banyuwangi/cases");
        assertThat(desk).contains("id=\"case-" + caseId + "\"").contains("lewat tenggat");
    }

    private PageSession signedIn(String lib) {
        String petugas = StaffFixtures.aStaffMember(accounts, libraries, lib, Role.PETUGAS);
        PageSession session = new PageSession(port);
        session.get("/login");
        session.post("/login", Map.of("username", petugas, "password", TestUsers.PASSWORD));
        return session;
    }
}
