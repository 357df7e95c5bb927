package id.serambi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Browser;
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/** Staff read category names and replacement reasons in words, never the codes stored behind them. */
@IntegrationTest
class CategoryLabelsBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    LibraryService libraries;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void cardQueueDashboardInternetStatisticsAndHistoryShowNamesNotCodes() {
        String head = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KASI);
        Api staff = Api.on(port).as(head, TestUsers.PASSWORD);
        String old = staff.post("/api/v1/libraries/lebak/members",
                MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT)).json().get("memberNumber").asString();
        String path = "/api/v1/libraries/lebak/members/" + old;
        staff.post(path + "/verification", Map.of("decision", "APPROVE"));
        String fresh = staff.post(path + "/replacement", Map.of("reason", "LOST",
                "documents", List.of(Map.of("type", "KTP")))).json().get("memberNumber").asString();
        String pc = "PC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        staff.post("/api/v1/libraries/lebak/workstations", Map.of("name", pc));
        Eventually.holds(() -> assertThat(staff.post("/api/v1/libraries/lebak/internet-sessions",
                Map.of("memberNumber", fresh, "workstation", pc)).status()).isEqualTo(201));
        Browser.signIn(browser, port, head, TestUsers.PASSWORD);

        browser.get("http://localhost:" + port + "/app/lebak/cards");
        Browser.screenshot(browser, "labels-card-queue");
        WebElement row = browser.findElements(By.cssSelector("#batch-form tbody tr")).stream()
                .filter(r -> r.getText().contains(fresh)).findFirst().orElseThrow();
        assertThat(row.findElements(By.tagName("td")).stream().map(WebElement::getText)).contains("Umum")
                .doesNotContain("umum");

        browser.get("http://localhost:" + port + "/app/lebak/dashboard");
        Browser.screenshot(browser, "labels-dashboard");
        assertThat(cells("#table-members-by-category tbody td")).contains("Umum").doesNotContain("umum");

        browser.get("http://localhost:" + port + "/app/lebak/internet");
        assertThat(cells(".usage-tables table:nth-of-type(3) tbody td")).contains("Umum").doesNotContain("umum");

        browser.get("http://localhost:" + port + "/app/lebak/members/" + fresh);
        Browser.screenshot(browser, "labels-member-history-id");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Hilang; menggantikan kartu " + old)
                .doesNotContain("LOST");
        browser.get("http://localhost:" + port + "/app/lebak/members/" + old + "?lang=en");
        Browser.screenshot(browser, "labels-member-history-en");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Lost; replaced by card " + fresh)
                .doesNotContain("LOST");
    }

    private List<String> cells(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }
}
