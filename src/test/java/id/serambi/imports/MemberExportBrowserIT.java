package id.serambi.imports;

import static org.assertj.core.api.Assertions.assertThat;

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
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/** The head of the library finds "Ekspor ke SLiMS / INLISLite" beside the import and turns the scheduled file on. */
@IntegrationTest
class MemberExportBrowserIT {

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
    void theHeadOfTheLibraryTurnsTheScheduledExportOnInsideTheExportsFolderOnly() {
        String head = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KEPALA);
        Browser.signIn(browser, port, head, TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/app/lebak/import");
        Browser.screenshot(browser, "migration-import");
        WebElement menuItem = browser.findElement(By.cssSelector("nav.mainnav a[href$='/lebak/export']"));
        if (!menuItem.isDisplayed()) {
            // a long staff menu keeps its last items under "Lainnya / More"
            browser.findElement(By.cssSelector("nav.mainnav details.more summary")).click();
        }
        Browser.clickAndWaitForNextPage(browser, menuItem);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ekspor ke SLiMS / INLISLite");
        assertThat(browser.findElement(By.id("export-now")).getText()).contains("tidak memuat NIK");
        Browser.screenshot(browser, "migration-export");

        WebElement slims = browser.findElement(By.cssSelector("#export-schedule input[value=SLIMS]"));
        slims.click();
        browser.findElement(By.id("folder")).sendKeys("../../di-luar");
        Browser.clickAndWaitForNextPage(browser,
                browser.findElement(By.cssSelector("#export-schedule button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".alert.error")).getText())
                .startsWith("Folder harus berada di dalam");

        browser.get("http://localhost:" + port + "/app/lebak/export");
        browser.findElement(By.cssSelector("#export-schedule input[value=SLIMS]")).click();
        Browser.clickAndWaitForNextPage(browser,
                browser.findElement(By.cssSelector("#export-schedule button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".alert.success")).getText())
                .isEqualTo("Pengaturan ekspor tersimpan.");
        WebElement saved = browser.findElement(By.cssSelector("#export-schedule input[value=SLIMS]"));
        assertThat(saved.isSelected()).isTrue();

        saved.click();
        Browser.clickAndWaitForNextPage(browser,
                browser.findElement(By.cssSelector("#export-schedule button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("#export-schedule input[value=SLIMS]")).isSelected()).isFalse();
    }
}
