package id.serambi.frontoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.accounts.AccountService;
import id.serambi.frontoffice.MemberCardFixtures.TestMember;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberStatus;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.TestUsers;
import id.serambi.support.StaffFixtures;

@IntegrationTest
class KioskBrowserIT {

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
    String staff;
    Api api;

    @BeforeEach
    void setUp() {
        browser = Browser.start();
        staff = StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.PETUGAS);
        api = Api.on(port).as(staff, TestUsers.PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aScannedCardIsGreetedByNameAndCounted() {
        TestMember member = new MemberCardFixtures(events, transaction)
                .aValidMember(libraries.require("banyuwangi").id());
        long before = membersToday();
        Browser.signIn(browser, port, staff, TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/app/banyuwangi/kiosk?location=INTERNET_ROOM");
        Browser.screenshot(browser, "kiosk-ready");

        browser.findElement(By.cssSelector("button[data-purpose=INTERNET]")).click();
        WebElement input = browser.switchTo().activeElement();
        assertThat(input.getAttribute("id")).isEqualTo("member-number");
        input.sendKeys(member.number() + Keys.ENTER);

        WebElement greeting = new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#kiosk-result .kiosk-greeting")));
        Browser.screenshot(browser, "kiosk-greeting");
        assertThat(greeting.getText()).contains(member.name());
        assertThat(membersToday()).isEqualTo(before + 1);
    }

    @Test
    void anUnknownCardIsShownAsAProblem() {
        Browser.signIn(browser, port, staff, TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/app/banyuwangi/kiosk");

        browser.findElement(By.id("member-number")).sendKeys("99999999" + Keys.ENTER);

        WebElement result = new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#kiosk-result .kiosk-result.unknown")));
        Browser.screenshot(browser, "kiosk-unknown-card");
        assertThat(result.getText()).contains("99999999");
    }

    @Test
    void aDeactivatedCardIsShownLikeAnUnknownOneWithoutTheHoldersName() {
        MemberCardFixtures members = new MemberCardFixtures(events, transaction);
        TestMember deactivated = members.aMember(libraries.require("banyuwangi").id(), MemberStatus.DEACTIVATED,
                LocalDate.now().plusYears(1), null);
        TestMember replaced = members.aReplacedMember(libraries.require("banyuwangi").id());
        Browser.signIn(browser, port, staff, TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/app/banyuwangi/kiosk");

        String unknown = scan("99999998");
        String blocked = scan(deactivated.number());
        String old = scan(replaced.number());

        assertThat(blocked).doesNotContain(deactivated.name())
                .isEqualTo(unknown.replace("99999998", deactivated.number()));
        assertThat(old).doesNotContain(replaced.name()).isEqualTo(unknown.replace("99999998", replaced.number()));
    }

    @Test
    void eachKioskShowsItsDefaultPurposePressedAndKeepsItAcrossVisitorsAndReloads() {
        TestMember member = new MemberCardFixtures(events, transaction)
                .aValidMember(libraries.require("banyuwangi").id());
        Browser.signIn(browser, port, staff, TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/app/banyuwangi/kiosk");
        String libraryDefault = pressedPurpose();
        assertThat(new Select(browser.findElement(By.id("kiosk-default"))).getFirstSelectedOption()
                .getDomProperty("value")).isEqualTo(libraryDefault);

        new Select(browser.findElement(By.id("kiosk-default"))).selectByValue("INTERNET");
        assertThat(pressedPurpose()).isEqualTo("INTERNET");
        browser.navigate().refresh();
        Browser.screenshot(browser, "kiosk-default-purpose-id");
        assertThat(pressedPurpose()).isEqualTo("INTERNET");
        assertThat(new Select(browser.findElement(By.id("kiosk-default"))).getFirstSelectedOption()
                .getDomProperty("value")).isEqualTo("INTERNET");

        browser.findElement(By.cssSelector("button[data-purpose='" + libraryDefault + "']")).click();
        scan(member.number());
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "INTERNET".equals(pressedPurpose()));
        assertThat(browser.findElement(By.cssSelector("#scan-form .purpose-field")).getDomProperty("value"))
                .isEqualTo("INTERNET");
        browser.get("http://localhost:" + port + "/app/banyuwangi/kiosk?lang=en");
        Browser.screenshot(browser, "kiosk-default-purpose-en");
        assertThat(browser.findElement(By.cssSelector("label[for=kiosk-default]")).getText())
                .isEqualTo("Default purpose at this kiosk");
    }

    private String pressedPurpose() {
        List<WebElement> pressed = browser.findElements(By.cssSelector(".purpose-buttons button[aria-pressed=true]"));
        return pressed.size() == 1 ? pressed.getFirst().getAttribute("data-purpose") : String.valueOf(pressed.size());
    }

    /** Scans a number and answers what the kiosk shows, without htmx's passing classes (once the field is empty). */
    private String scan(String number) {
        WebElement input = browser.findElement(By.id("member-number"));
        input.sendKeys(number + Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> input.getDomProperty("value").isEmpty());
        String shown = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('#kiosk-result .kiosk-result').outerHTML");
        return shown.replaceAll(" htmx-[a-z]+", "");
    }

    @Test
    void aGroupIsEnteredThroughItsShortForm() {
        Browser.signIn(browser, port, staff, TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/app/banyuwangi/kiosk");
        long before = peopleToday();

        browser.findElement(By.cssSelector("button[data-open=group-dialog]")).click();
        browser.findElement(By.id("g-name")).sendKeys("SMPN 1 Banyuwangi");
        browser.findElement(By.id("g-size")).sendKeys("25");
        browser.findElement(By.id("g-male")).sendKeys("10");
        browser.findElement(By.id("g-female")).sendKeys("15");
        Browser.screenshot(browser, "kiosk-group-form");
        browser.findElement(By.cssSelector("#group-dialog button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#kiosk-result .kiosk-result.ok")));
        assertThat(peopleToday()).isEqualTo(before + 25);
    }

    private long membersToday() {
        var stats = stats();
        return stats.get("byType").has("MEMBER") ? stats.get("byType").get("MEMBER").asLong() : 0;
    }

    private long peopleToday() {
        return stats().get("total").asLong();
    }

    private tools.jackson.databind.JsonNode stats() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        return api.get("/api/v1/libraries/banyuwangi/visits/stats?from=" + today + "&to=" + today).json();
    }
}
