package id.serambi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Axe;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/**
 * axe-core finds no WCAG 2.1 A/AA violation on the public pages and the main staff pages, at a phone's width (375 px)
 * and a desk PC's, including the forms after a refused submission (errors shown).
 */
@IntegrationTest
class AccessibilityScanBrowserIT {

    static final String LIBRARY = "lebak";

    static final List<String> PUBLIC_PAGES = List.of("/", "/l/lebak", "/l/lebak/standards", "/l/sidoarjo/standards",
            "/l/sidoarjo/daftar", "/l/lebak/pengaduan", "/l/lebak/pengaduan/TIDAKADA99", "/l/lebak/survei", "/login");

    static final List<String> STAFF_PAGES = List.of("/app/lebak", "/app/lebak/members", "/app/lebak/members/new",
            "/app/lebak/guestbook", "/app/lebak/complaints", "/app/lebak/dashboard", "/app/lebak/service-times",
            "/app/lebak/standards", "/app/lebak/kiosk");

    static final List<Dimension> WIDTHS = List.of(new Dimension(375, 812), new Dimension(1366, 768));

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
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void publicPagesHaveNoViolationsAtPhoneAndDesktopWidths() {
        List<String> found = new ArrayList<>();
        for (Dimension size : WIDTHS) {
            browser.manage().window().setSize(size);
            for (String page : PUBLIC_PAGES) {
                found.addAll(scan(page, size));
            }
            found.addAll(scanRefusedForm("/l/sidoarjo/daftar", size));
            found.addAll(scanRefusedForm("/l/lebak/pengaduan", size));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void mainStaffPagesHaveNoViolationsAtPhoneAndDesktopWidths() {
        String kepala = StaffFixtures.aStaffMember(accounts, libraries, LIBRARY, Role.KEPALA);
        Browser.signIn(browser, port, kepala, TestUsers.PASSWORD);
        List<String> found = new ArrayList<>();
        for (Dimension size : WIDTHS) {
            browser.manage().window().setSize(size);
            for (String page : STAFF_PAGES) {
                found.addAll(scan(page, size));
            }
        }
        assertThat(found).isEmpty();
    }

    /** Scans the page in Indonesian and keeps it, and its English version, as screenshots to look at. */
    private List<String> scan(String page, Dimension size) {
        browser.get("http://localhost:" + port + page + "?lang=id");
        String name = "a11y" + page.replace('/', '-') + "-" + size.getWidth();
        Browser.screenshot(browser, name + "-id");
        assertThat(browser.findElements(By.cssSelector(".error-card, .status-code"))).as(page + ": an error page")
                .isEmpty();
        List<String> found = Axe.violations(browser).stream().map(v -> page + " @" + size.getWidth() + "px: " + v)
                .toList();
        browser.get("http://localhost:" + port + page + "?lang=en");
        Browser.screenshot(browser, name + "-en");
        return found;
    }

    private List<String> scanRefusedForm(String page, Dimension size) {
        browser.get("http://localhost:" + port + page + "?lang=id");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("main form button.primary")));
        return Axe.violations(browser).stream().map(v -> page + " (refused) @" + size.getWidth() + "px: " + v)
                .toList();
    }
}
