package id.serambi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import id.serambi.shared.web.NavigationItem;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/**
 * Every staff page opens in both languages, and is kept as a screenshot: every link of the navigation as a signed-in
 * head of library (who sees all of it) and an administrator find it, plus the pages outside the navigation.
 */
@IntegrationTest
class StaffPagesBrowserIT {

    /** Pages the navigation does not lead to from a library: the library picker and the administration. */
    static final List<String> OTHER_PAGES = List.of("/app", "/admin/staff");

    static final String LIBRARY = "lebak";

    @LocalServerPort
    int port;

    @Autowired
    List<NavigationItem> navigation;

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
    void everyStaffPageOpensInBothLanguages() {
        String kepala = StaffFixtures.aStaffMember(accounts, libraries, LIBRARY, Role.KEPALA);
        Browser.signIn(browser, port, kepala, TestUsers.PASSWORD);
        List<String> kepalasLinks = navigationLinks();
        assertThat(kepalasLinks).as("the head of library sees every page of the navigation")
                .containsExactlyInAnyOrderElementsOf(navigation.stream().map(i -> i.pathFor(LIBRARY)).toList());
        opensInBothLanguages(kepalasLinks, "kepala");

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, port, TestUsers.ADMIN, TestUsers.PASSWORD);
        Set<String> adminsPages = new LinkedHashSet<>(navigationLinks());
        assertThat(adminsPages).as("the administrator's navigation").containsAll(kepalasLinks).contains("/admin/staff");
        adminsPages.addAll(OTHER_PAGES);
        opensInBothLanguages(new ArrayList<>(adminsPages), "admin");
    }

    /** The links of the navigation as rendered on the library's home page. */
    private List<String> navigationLinks() {
        browser.get("http://localhost:" + port + "/app/" + LIBRARY);
        String origin = "http://localhost:" + port;
        return browser.findElements(By.cssSelector("nav.mainnav a")).stream().map(a -> a.getAttribute("href"))
                .map(href -> href.startsWith(origin) ? href.substring(origin.length()) : href).distinct().toList();
    }

    private void opensInBothLanguages(List<String> pages, String viewer) {
        assertThat(pages).isNotEmpty();
        // Pages are rendered on the server and loaded when get() returns: looking for an absent error card must not
        // wait the implicit five seconds on every page.
        browser.manage().timeouts().implicitlyWait(java.time.Duration.ZERO);
        for (String language : List.of("id", "en")) {
            for (String page : pages) {
                browser.get("http://localhost:" + port + page + "?lang=" + language);
                String what = viewer + " " + page + " (" + language + ")";
                Browser.screenshot(browser, "page" + page.replace('/', '-') + "-" + language + "-" + viewer);
                assertThat(browser.getCurrentUrl()).as(what).doesNotContain("/login");
                assertThat(browser.findElements(By.cssSelector(".error-card, .status-code"))).as(what + ": error page")
                        .isEmpty();
                assertThat(browser.getTitle()).as(what + ": title").isNotBlank();
                List<WebElement> headings = browser.findElements(By.cssSelector("main h1"));
                assertThat(headings).as(what + ": heading").isNotEmpty();
                assertThat(headings.getFirst().getText()).as(what + ": heading").isNotBlank();
                assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as(what).isEqualTo(language);
                assertThat(browser.getPageSource()).as(what + ": raw message keys").doesNotContain("??")
                        .doesNotContain("Whitelabel");
            }
        }
    }
}
