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

    @Test
    void theStaffMenuFitsOnOneLineAt1366Pixels() {
        Browser.signIn(browser, port, TestUsers.ADMIN, TestUsers.PASSWORD);
        for (String language : List.of("id", "en")) {
            browser.get("http://localhost:" + port + "/app/" + LIBRARY + "?lang=" + language);
            Browser.screenshot(browser, "staff-menu-1366-" + language);
            var js = (org.openqa.selenium.JavascriptExecutor) browser;
            assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isLessThanOrEqualTo(1366);
            List<WebElement> shown = browser.findElements(By.cssSelector("nav.mainnav > a, nav.mainnav summary"));
            assertThat(browser.findElements(By.cssSelector("nav.mainnav a"))).hasSizeGreaterThan(10);
            assertThat(shown.stream().map(a -> a.getRect().getY()).distinct()).as(language + ": one line").hasSize(1);
            browser.findElement(By.cssSelector("nav.mainnav summary")).click();
            Browser.screenshot(browser, "staff-menu-1366-more-" + language);
            assertThat(browser.findElement(By.cssSelector("nav.mainnav .more-menu a[href$='/admin/staff']"))
                    .isDisplayed()).isTrue();
            assertThat((Boolean) js.executeScript(
                    "const n = document.querySelector('nav.mainnav'); return n.scrollWidth <= n.clientWidth;"))
                    .as(language + ": nothing hidden off the side").isTrue();
        }
    }

    @Test
    void theStaffFormTicksNoRoleByItselfAndNamesTheRolesInWords() {
        Browser.signIn(browser, port, TestUsers.ADMIN, TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/admin/staff");
        List<WebElement> roles = browser.findElements(By.cssSelector("input[type=checkbox][name=roles]"));
        assertThat(roles).isNotEmpty().noneMatch(WebElement::isSelected);
        WebElement petugas = browser.findElement(By.cssSelector("input[type=checkbox][name=roles][value=PETUGAS]"));
        petugas.click();
        assertThat(petugas.isSelected()).isTrue();
        petugas.click();

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("library"))).selectByValue(LIBRARY);
        browser.findElement(By.id("username")).sendKeys("tanpaperan" + System.nanoTime() % 100000);
        browser.findElement(By.id("fullName")).sendKeys("Tanpa Peran");
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        Browser.clickAndWaitForNextPage(browser,
                browser.findElement(By.cssSelector("form[method=post][action$='/admin/staff'] button.primary")));
        Browser.screenshot(browser, "staff-form-role-error-id");

        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Pilih sedikitnya satu peran: Petugas, Kepala Seksi, Kepala Bidang atau Kepala Dinas.")
                .doesNotContain("PETUGAS");
    }

    @Test
    void theMissingHolidaysWarningIsForThoseWhoCanFixItAndOpensTheCalendar() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        org.junit.jupiter.api.Assumptions.assumeTrue(today.getMonthValue() >= 10, "the warning is given from October");
        String nextYear = String.valueOf(today.getYear() + 1);
        String warning = "Hari libur tahun " + nextYear + " belum dimasukkan";
        String petugas = StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.PETUGAS);
        Browser.signIn(browser, port, petugas, TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/app/sidoarjo");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(warning);
        browser.get("http://localhost:" + port + "/app/sidoarjo/standards");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(warning);

        browser.manage().deleteAllCookies();
        String kabid = StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.KABID);
        Browser.signIn(browser, port, kabid, TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/app/sidoarjo");
        Browser.screenshot(browser, "home-holidays-warning-kabid");
        WebElement item = browser.findElements(By.cssSelector(".alert.warning li")).stream()
                .filter(li -> li.getText().contains(warning)).findFirst().orElseThrow();
        Browser.clickAndWaitForNextPage(browser, item.findElement(By.tagName("a")));
        assertThat(browser.getCurrentUrl()).contains("/app/sidoarjo/settings?year=" + nextYear).endsWith("#holidays");
        assertThat(browser.findElement(By.cssSelector("#holidays h2")).getText()).contains(nextYear);
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
