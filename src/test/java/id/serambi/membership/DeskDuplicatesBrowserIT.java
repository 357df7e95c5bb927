package id.serambi.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/** The desk sees who is already a member, with a link to them: the same NIK on saving, a similar name before. */
@IntegrationTest
class DeskDuplicatesBrowserIT {

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
    void aSecondRegistrationWithTheSameNikLinksToTheExistingMember() {
        String desk = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        Map<String, Object> first = MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT);
        String existing = Api.on(port).as(desk, TestUsers.PASSWORD).post("/api/v1/libraries/lebak/members", first)
                .json().get("memberNumber").asString();
        Browser.signIn(browser, port, desk, TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/app/lebak/members/new");

        fill(MemberFixtures.with(first, "fullName", MemberFixtures.aName()));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("button[type=submit].primary")));
        Browser.screenshot(browser, "membership-desk-already-member");

        WebElement alert = browser.findElement(By.id("already-member"));
        assertThat(alert.getText()).isEqualTo("NIK ini sudah terdaftar. Sudah menjadi anggota: " + existing + ".");
        assertThat(alert.findElement(By.tagName("a")).getAttribute("href")).endsWith("/app/lebak/members/" + existing);
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("datang ke meja layanan");
    }

    @Test
    void aSimilarNameWithTheSameBirthDateIsShownWithALinkBeforeSaving() {
        String desk = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        Map<String, Object> first = MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT);
        String existing = Api.on(port).as(desk, TestUsers.PASSWORD).post("/api/v1/libraries/lebak/members", first)
                .json().get("memberNumber").asString();
        Browser.signIn(browser, port, desk, TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/app/lebak/members/new?lang=en");

        set("fullName", first.get("fullName").toString().toUpperCase());
        set("birthDate", first.get("birthDate").toString());
        WebElement warning = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("#similar-members li")).stream().findFirst().orElse(null));
        Browser.screenshot(browser, "membership-desk-similar-before-saving-en");

        assertThat(browser.getCurrentUrl()).contains("/members/new");
        assertThat(warning.getText()).contains("similar name").contains(existing);
        assertThat(warning.findElement(By.tagName("a")).getText()).isEqualTo(existing);
        assertThat(warning.findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("/app/lebak/members/" + existing);
    }

    private void fill(Map<String, Object> application) {
        for (String field : new String[] {"fullName", "nik", "birthPlace", "birthDate", "address", "motherMaidenName",
                "phone", "email"}) {
            set(field, application.get(field).toString());
        }
        new Select(browser.findElement(By.id("sex"))).selectByValue(application.get("sex").toString());
        new Select(browser.findElement(By.id("category"))).selectByValue("umum");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d
                .findElements(By.cssSelector("#districtCode option[value='36.02.01']")).size() == 1);
        new Select(browser.findElement(By.id("districtCode"))).selectByValue("36.02.01");
        browser.findElement(By.id("doc-KTP")).click();
        browser.findElement(By.cssSelector("input[type=checkbox][name=consent]")).click();
    }

    private void set(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("""
                const field = document.getElementById(arguments[0]);
                field.value = arguments[1];
                field.dispatchEvent(new Event('change', {bubbles: true}));""", id, value);
    }
}
