package id.serambi.libraries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.TestUsers;

@IntegrationTest
class PublishedStandardBrowserIT {

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
    void staffSignInAndReadTheirLibrarysPublishedStandard() {
        Browser.signIn(browser, port, TestUsers.ADMIN, TestUsers.PASSWORD);
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");

        browser.get("http://localhost:" + port + "/l/lebak/standards");
        Browser.screenshot(browser, "standards-lebak");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Standar Pelayanan");
        WebElement procedure = browser.findElement(By.cssSelector("#kta table.procedure"));
        List<WebElement> rows = procedure.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0).getText()).contains("Menerima identitas pemustaka").contains("1 menit");
        assertThat(browser.findElement(By.id("kta")).getText()).contains("24 Menit");
    }

    @Test
    void theStandardReadsInEnglishOnRequest() {
        browser.get("http://localhost:" + port + "/l/barut/standards?lang=en");
        Browser.screenshot(browser, "standards-barut-en");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Service Standards");
        assertThat(browser.findElement(By.id("jam-layanan")).getText()).contains("07:30").contains("16:00");
    }
}
