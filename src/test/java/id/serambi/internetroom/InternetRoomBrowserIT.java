package id.serambi.internetroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import id.serambi.membership.MemberStatus;
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

    @Test
    void refusalsNameTheNumberOrTheWorkstationInBothLanguages() {
        String head = StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.KASI);
        var members = new MemberCardFixtures(events, transaction);
        var pending = members.aMember(libraries.require("banyuwangi").id(), MemberStatus.PENDING_VERIFICATION,
                java.time.LocalDate.now().plusYears(1), null);
        var elsewhere = members.aValidMember(libraries.require("lebak").id());
        String pc = aWorkstation(head);

        String unknown = startSession("88" + (System.nanoTime() % 1_000_000), pc);
        String pendingRefusal = startSession(pending.number(), pc);
        String otherLibrary = startSession(elsewhere.number(), pc);
        String twice = addWorkstation(pc);
        Browser.screenshot(browser, "internet-room-refusal-id");
        browser.get("http://localhost:" + port + "/app/banyuwangi/internet?lang=en");
        String twiceInEnglish = addWorkstation(pc);
        String pendingInEnglish = startSession(pending.number(), pc);
        Browser.screenshot(browser, "internet-room-refusal-en");

        assertThat(List.of(unknown, pendingRefusal, otherLibrary, twice, twiceInEnglish, pendingInEnglish))
                .noneMatch(text -> text.contains("[L"));
        assertThat(unknown).containsPattern("Nomor 88\\d+ bukan");
        assertThat(pendingRefusal).contains(pending.number()).contains("belum disetujui");
        assertThat(otherLibrary).contains(elsewhere.number());
        assertThat(twice).contains("\"" + pc + "\"").contains("sudah dipakai");
        assertThat(twiceInEnglish).contains(pc).doesNotContain("sudah");
        assertThat(pendingInEnglish).contains(pending.number());
    }

    @Test
    void aMemberAtAWorkstationCannotAlsoWaitInTheQueue() {
        String head = StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.KASI);
        var member = new MemberCardFixtures(events, transaction).aValidMember(libraries.require("banyuwangi").id());
        String pc = aWorkstation(head);
        startSession(member.number(), pc);

        browser.findElement(By.id("queue-member")).sendKeys(member.number());
        Browser.clickAndWaitForNextPage(browser,
                browser.findElement(By.cssSelector("form[action$='/internet/queue'] button")));
        Browser.screenshot(browser, "internet-room-queue-refused");

        assertThat(browser.findElement(By.cssSelector(".alert.error")).getText())
                .isEqualTo("Anggota " + member.number() + " sedang memakai komputer lain.");
        assertThat(browser.findElements(By.cssSelector(".queue-number")))
                .noneMatch(n -> n.getText().equals(member.number()));
    }

    @Test
    void aWorkstationWaitingToBeTidiedIsNeitherFreeNorOffered() {
        String head = StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.KASI);
        var member = new MemberCardFixtures(events, transaction).aValidMember(libraries.require("banyuwangi").id());
        String pc = aWorkstation(head);
        startSession(member.number(), pc);
        Browser.clickAndWaitForNextPage(browser, stationOf(pc).findElement(By.cssSelector("form button")));

        Browser.screenshot(browser, "internet-room-untidy");
        assertThat(stationOf(pc).getText()).contains("Menunggu dirapikan").doesNotContain("Kosong");
        assertThat(browser.findElements(By.cssSelector("#station option[value='" + pc + "']"))).isEmpty();
        var next = new MemberCardFixtures(events, transaction).aValidMember(libraries.require("banyuwangi").id());
        assertThat(startSession(next.number(), pc)).isEqualTo("Komputer " + pc + " menunggu dirapikan; tandai "
                + "\"Sudah rapi\" dahulu.");
    }

    private String aWorkstation(String head) {
        String pc = "PC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Browser.signIn(browser, port, head, TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/app/banyuwangi/internet");
        addWorkstation(pc);
        return pc;
    }

    private String addWorkstation(String name) {
        browser.findElement(By.id("ws-name")).sendKeys(name);
        Browser.clickAndWaitForNextPage(browser,
                browser.findElement(By.cssSelector("form[action$='/internet/workstations'] button")));
        return alert();
    }

    /** Starts a session through the page, choosing the workstation even when the list does not offer it. */
    private String startSession(String memberNumber, String workstation) {
        browser.findElement(By.id("member")).sendKeys(memberNumber);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                const select = document.getElementById('station');
                select.add(new Option(arguments[0], arguments[0]));
                select.value = arguments[0];""", workstation);
        Browser.clickAndWaitForNextPage(browser,
                browser.findElement(By.cssSelector("form[action$='/internet/sessions'] button")));
        return alert();
    }

    private String alert() {
        return browser.findElement(By.cssSelector("main .alert")).getText();
    }

    private org.openqa.selenium.WebElement stationOf(String name) {
        return browser.findElements(By.cssSelector(".station")).stream()
                .filter(s -> s.findElement(By.cssSelector(".station-name")).getText().equals(name)).findFirst()
                .orElseThrow();
    }
}
