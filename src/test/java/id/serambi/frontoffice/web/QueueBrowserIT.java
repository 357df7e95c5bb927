package id.serambi.frontoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/** A ticket taken at the kiosk, called from the desk, shown on the waiting area's screen. */
@IntegrationTest
class QueueBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    WebDriver browser;
    WebDriver screen;

    @BeforeEach
    void openBrowsers() {
        browser = Browser.start();
        screen = Browser.start();
    }

    @AfterEach
    void closeBrowsers() {
        for (WebDriver driver : new WebDriver[] {browser, screen}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    @Test
    void aTicketTakenAtTheKioskIsCalledFromTheDeskAndShownOnTheScreen() {
        String username = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        Browser.signIn(browser, port, username, TestUsers.PASSWORD);
        screen.get(url("/l/lebak/antrian"));
        assertThat(screen.findElement(By.tagName("h1")).getText()).contains("Nomor dipanggil", "Now calling");
        Browser.screenshot(screen, "queue-screen-before");

        browser.get(url("/app/lebak/queue/kiosk"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ambil nomor antrian");
        Browser.screenshot(browser, "queue-kiosk");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("button[data-service=kta]")));
        String number = browser.findElement(By.id("ticket-number")).getText();
        assertThat(number).matches("[A-Z]-\\d{3}");
        assertThat(browser.findElement(By.className("ticket-qr")).getAttribute("src")).startsWith("data:image/png");
        Browser.screenshot(browser, "queue-ticket");

        browser.get(url("/app/lebak/queue"));
        browser.findElement(By.id("counter")).sendKeys("Loket 7");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.xpath(
                "//table[@id='waiting']//tr[td[1][normalize-space()='" + number + "']]//button[@class='call']")));
        assertThat(browser.findElement(By.id("queue-notice")).getText()).contains(number);
        assertThat(browser.findElement(By.id("counter")).getAttribute("value")).isEqualTo("Loket 7");
        Browser.screenshot(browser, "queue-desk");

        new WebDriverWait(screen, Duration.ofSeconds(15)).until(d -> number.equals(
                d.findElement(By.id("latest-number")).getText()));
        assertThat(screen.findElement(By.id("latest-counter")).getText()).isEqualTo("Loket 7");
        assertThat(screen.findElement(By.tagName("body")).getText()).contains("Loket / Counter", "Menunggu / Waiting");
        Browser.screenshot(screen, "queue-screen-called");

        browser.get(url("/app/lebak/queue?lang=en"));
        assertThat(browser.findElement(By.id("call-next")).getText()).isEqualTo("Call next");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
