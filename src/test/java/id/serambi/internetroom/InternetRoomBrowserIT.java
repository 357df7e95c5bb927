package id.serambi.internetroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.accounts.AccountService;
import id.serambi.frontoffice.MemberCardFixtures;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
class InternetRoomBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
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
    void theHeadOfSectionAddsAWorkstationAndStartsASessionForAMember() {
        String head = StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.KASI);
        var member = new MemberCardFixtures(events, transaction).aValidMember(libraries.require("banyuwangi").id());
        String pc = "PC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Browser.signIn(browser, port, head, TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/app/banyuwangi/internet");

        browser.findElement(By.id("ws-name")).sendKeys(pc);
        browser.findElement(By.id("ws-location")).sendKeys("Lantai 2");
        // the post redirects back to the room page: wait for the reloaded page to offer the new workstation
        Browser.clickAndWaitForNextPage(browser,
                browser.findElement(By.cssSelector("form[action$='/internet/workstations'] button")));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#station option[value='" + pc + "']")));
        browser.findElement(By.id("member")).sendKeys(member.number());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("station"))).selectByValue(pc);
        Browser.clickAndWaitForNextPage(browser,
                browser.findElement(By.cssSelector("form[action$='/internet/sessions'] button")));
        String board = wait.until(driver -> {
            String text = driver.findElement(By.id("room-panel")).getText();
            return text.contains(member.number()) ? text : null;
        });
        Browser.screenshot(browser, "internet-room");

        assertThat(board).contains(pc).contains(member.number()).containsPattern("sisa (59|60) menit");
    }

    @Test
    void theGuestBookPagesShowTodayAndTheSettings() {
        String head = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KASI);
        Browser.signIn(browser, port, head, TestUsers.PASSWORD);

        browser.get("http://localhost:" + port + "/app/lebak/guestbook");
        Browser.screenshot(browser, "guestbook-today");
        assertThat(browser.findElement(By.id("today-total")).getText()).matches("\\d+");

        browser.get("http://localhost:" + port + "/app/lebak/guestbook/settings?lang=en");
        Browser.screenshot(browser, "guestbook-settings");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Guest-book settings");
        assertThat(browser.findElements(By.cssSelector("input[name=name][value='Reading room']"))).hasSize(1);
    }
}
