package id.serambi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/** One decimal separator per language: a comma in Bahasa Indonesia, a point in English, on every figure. */
@IntegrationTest
class DecimalSeparatorsBrowserIT {

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
    void theIndexAndTheDashboardWriteDecimalsTheWayTheLanguageDoes() {
        for (List<Integer> answers : List.of(List.of(4, 3, 3, 4, 3, 2, 4, 3, 3), List.of(3, 3, 2, 4, 4, 3, 3, 2, 4))) {
            assertThat(Api.on(port).post("/api/v1/libraries/lebak/surveys", aQuestionnaire("kta", answers))
                    .status()).isEqualTo(201);
        }
        Browser.signIn(browser, port, StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KASI),
                TestUsers.PASSWORD);

        browser.get("http://localhost:" + port + "/app/lebak/ikm");
        Browser.screenshot(browser, "decimals-ikm-id");
        assertThat(browser.findElement(By.id("ikm-value")).getText()).matches("\\d+,\\d{2}");
        assertThat(decimals(".ikm-elements td.num, table td.num")).isNotEmpty().allMatch(t -> t.matches("\\d+,\\d+"));
        browser.get("http://localhost:" + port + "/app/lebak/dashboard");
        Browser.screenshot(browser, "decimals-dashboard-id");
        assertThat(decimals("#table-ikm-trend td, #table-ikm-elements td, #kpi-ikm")).isNotEmpty()
                .allMatch(t -> t.matches("\\d+,\\d+( \\(\\w\\))?"));

        browser.get("http://localhost:" + port + "/app/lebak/ikm?lang=en");
        Browser.screenshot(browser, "decimals-ikm-en");
        assertThat(browser.findElement(By.id("ikm-value")).getText()).matches("\\d+\\.\\d{2}");
        browser.get("http://localhost:" + port + "/app/lebak/dashboard");
        assertThat(decimals("#table-ikm-trend td, #table-ikm-elements td, #kpi-ikm")).isNotEmpty()
                .allMatch(t -> t.matches("\\d+\\.\\d+( \\(\\w\\))?"));
    }

    private static Map<String, Object> aQuestionnaire(String service, List<Integer> answers) {
        return Map.of("service", service, "answers", answers, "age", 34, "sex", "FEMALE", "education", "S1",
                "occupation", "PNS");
    }

    /** The cells that hold a decimal number, written either way. */
    private List<String> decimals(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().map(WebElement::getText)
                .filter(t -> t.matches("\\d+[.,]\\d+.*")).toList();
    }
}
