package id.serambi.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.TestUsers;

@IntegrationTest
class BackupPageBrowserIT {

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
    void theAdministratorMakesABackupWhileServingAndIsToldWhereTheKeyIs() {
        Browser.signIn(browser, port, TestUsers.ADMIN, TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/admin/staff");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("a[href='/admin/backups']")));

        Browser.clickAndWaitForNextPage(browser,
                browser.findElement(By.cssSelector("form[action='/admin/backups'] button")));
        String notice = browser.findElement(By.cssSelector(".alert.success")).getText();
        Browser.screenshot(browser, "backups");

        assertThat(notice).matches("Cadangan serambi-\\d{8}-\\d{6}Z(-\\d+)?\\.zip telah dibuat\\.");
        String name = notice.split(" ")[1];
        assertThat(browser.findElements(By.cssSelector("a[href='/admin/backups/" + name + "']"))).hasSize(1);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("keys/data.key")
                .contains("tidak dimasukkan ke dalam cadangan");

        browser.get("http://localhost:" + port + "/admin/backups?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Backups");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("deliberately not in the backups")
                .contains(name);
    }
}
