package id.serambi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.TestUsers;

/** Every staff page opens for a signed-in administrator in both languages, and is kept as a screenshot. */
@IntegrationTest
class StaffPagesBrowserIT {

    static final List<String> PAGES = List.of("/app", "/app/lebak", "/app/barut/service-times",
            "/app/banyuwangi/dashboard", "/admin/staff");

    @LocalServerPort
    int port;

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
    void everyStaffPageOpensInBothLanguages() {
        Browser.signIn(browser, port, TestUsers.ADMIN, TestUsers.PASSWORD);
        for (String language : List.of("id", "en")) {
            for (String page : PAGES) {
                browser.get("http://localhost:" + port + page + "?lang=" + language);
                Browser.screenshot(browser, "page" + page.replace('/', '-') + "-" + language);
                assertThat(browser.findElements(By.cssSelector("main h1"))).as(page).isNotEmpty();
                assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
                assertThat(browser.getPageSource()).as(page).doesNotContain("??").doesNotContain("Whitelabel");
            }
        }
    }
}
