package id.serambi.frontoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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

/** The kiosk with a keyboard: Tab reaches every button and stays there; the chosen purpose is announced as pressed. */
@IntegrationTest
class KioskKeyboardBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    LibraryService libraries;
    @Autowired
    AccountService accounts;

    WebDriver browser;

    @BeforeEach
    void setUp() {
        browser = Browser.start();
        Browser.signIn(browser, port, StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.PETUGAS),
                TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/app/banyuwangi/kiosk");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void tabReachesThePurposeAndVisitorButtonsAndTheFocusStaysThere() throws InterruptedException {
        assertThat(active().getAttribute("id")).isEqualTo("member-number");
        // in page order: the purposes, this kiosk's default purpose, the visitor buttons
        List<WebElement> buttons = browser.findElements(
                By.cssSelector(".purpose-buttons button, #kiosk-default, .kiosk-others button"));
        for (WebElement expected : buttons) {
            active().sendKeys(Keys.TAB);
            Thread.sleep(700);
            assertThat(active()).as("focus on " + expected.getText() + " after 700 ms").isEqualTo(expected);
        }
        assertThat(buttons.getLast().getText()).isEqualTo("Rombongan");
    }

    @Test
    void theChosenPurposeIsPressed() {
        List<WebElement> purposes = browser.findElements(By.cssSelector(".purpose-buttons button"));
        assertThat(purposes).hasSizeGreaterThan(1);
        assertThat(purposes.stream().filter(b -> "true".equals(b.getAttribute("aria-pressed")))).hasSize(1);
        assertThat(purposes).allSatisfy(b -> assertThat(b.getAttribute("aria-pressed")).isIn("true", "false"));

        WebElement other = purposes.stream().filter(b -> "false".equals(b.getAttribute("aria-pressed"))).findFirst()
                .orElseThrow();
        other.click();
        assertThat(other.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(purposes.stream().filter(b -> "true".equals(b.getAttribute("aria-pressed")))).hasSize(1);
        Browser.screenshot(browser, "kiosk-purpose-pressed");
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }
}
