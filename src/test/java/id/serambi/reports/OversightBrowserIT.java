package id.serambi.reports;

import static id.serambi.reports.OversightFixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
class OversightBrowserIT {

    /** Days only this test writes visits on. */
    static final String PERIOD = "from=2027-01-04&to=2027-01-05";

    @LocalServerPort
    int port;

    @Autowired
    FrontOfficeService frontOffice;

    @Autowired
    LibraryService libraries;

    @Autowired
    AccountService accounts;

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
    void theAdministratorChoosesTheOverseenLibrariesAndTheProvinceSeesItsLibrariesSideBySideButNotTheirMembers() {
        Library barut = libraries.require("barut");
        Library sidoarjo = libraries.require("sidoarjo");
        frontOffice.recordVisitAt(barut, OversightFixtures.group(30), local(barut.timezone(), 2027, 1, 4, 9, 0));
        frontOffice.recordVisitAt(sidoarjo, OversightFixtures.nonMember("Wati"),
                local(sidoarjo.timezone(), 2027, 1, 5, 11, 0));
        Browser.signIn(browser, port, TestUsers.ADMIN, TestUsers.PASSWORD);
        browser.get(url("/app/jateng/network"));
        for (WebElement box : browser.findElements(By.cssSelector("#oversight-settings input[type=checkbox]"))) {
            boolean wanted = List.of("barut", "sidoarjo").contains(box.getAttribute("value"));
            if (box.isSelected() != wanted) {
                box.click();
            }
        }
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("#oversight-settings button[type=submit]")));
        Browser.screenshot(browser, "oversight-saved");
        assertThat(browser.findElement(By.id("oversight-saved")).getText())
                .isEqualTo("Daftar perpustakaan yang dibina tersimpan.");
        browser.manage().deleteAllCookies();

        String kabid = StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.KABID);
        Browser.signIn(browser, port, kabid, TestUsers.PASSWORD);
        browser.get(url("/app/jateng/network?" + PERIOD));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return typeof Chart !== 'undefined' && document.querySelectorAll('canvas')"
                        + ".length > 0 && [...document.querySelectorAll('canvas')].every(c => Chart.getChart(c))"));
        Browser.screenshot(browser, "oversight");

        assertThat(browser.findElement(By.id("kpi-oversight-visitors")).getText()).isEqualTo("31");
        String summary = browser.findElement(By.id("table-oversight-summary")).getText();
        assertThat(summary).contains(barut.name()).contains(sidoarjo.name()).contains("Jumlah");
        assertThat(browser.findElements(By.cssSelector(".chart canvas"))).hasSize(5);
        assertThat(browser.getPageSource()).doesNotContain("Wati");
        assertThat(browser.findElements(By.id("oversight-settings"))).isEmpty();

        browser.get(url("/app/barut/members"));
        assertThat(browser.getPageSource()).doesNotContain("Wati").containsIgnoringCase("403");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
