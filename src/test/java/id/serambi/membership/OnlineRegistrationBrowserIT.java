package id.serambi.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
class OnlineRegistrationBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    MembershipService membership;

    @Autowired
    JdbcClient jdbc;

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
    void anApplicantRegistersOnlineWithAPhotoAndStaffApproveItAtTheDesk() throws IOException {
        String number = registerOnline();

        String staff = StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.PETUGAS);
        Browser.signIn(browser, port, staff, TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/app/sidoarjo/members?q=" + number);
        browser.findElement(By.linkText(number)).click();
        assertThat(browser.findElement(By.id("member-status")).getText()).isEqualTo("Menunggu verifikasi");
        assertThat(browser.findElements(By.cssSelector("img.membership-photo"))).hasSize(1);
        Browser.screenshot(browser, "membership-desk-verification");
        browser.findElement(By.id("approve")).click();

        Browser.screenshot(browser, "membership-desk-approved");
        assertThat(browser.findElement(By.id("member-status")).getText()).isEqualTo("Disetujui");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("paraf PU");
        assertThat(membership.find(libraries.require("sidoarjo").id(), number).orElseThrow().status())
                .isEqualTo(MemberStatus.APPROVED);
        browser.get("http://localhost:" + port + "/app/sidoarjo/members/new");
        Browser.screenshot(browser, "membership-desk-form");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pendaftaran anggota baru");
        assertThat(browser.findElements(By.cssSelector("input[name='documents[0].type']"))).hasSize(1);
    }

    @Test
    void aBirthPlaceWithADirectionOverrideIsRefusedBesideItsFieldAndNothingIsRegistered() {
        browser.get("http://localhost:" + port + "/l/sidoarjo/daftar");
        LocalDate born = MemberFixtures.anAdultBirthDate();
        String nik = MemberFixtures.nik(MemberFixtures.SIDOARJO_DISTRICT, born, true);
        String name = MemberFixtures.aName();
        type("fullName", name);
        type("birthPlace", "Sura\u202Ebaya");
        type("nik", nik);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("birthDate")), born.toString());
        new Select(browser.findElement(By.id("sex"))).selectByValue("F");
        type("address", "Jl. Jaksa Agung Suprapto 5\nSidoarjo");
        type("motherMaidenName", "Sri Wahyuni");
        type("phone", "0812 3456 7890");
        new Select(browser.findElement(By.id("category"))).selectByValue("umum");
        browser.findElement(By.id("consent1")).click();
        browser.findElement(By.cssSelector("form button[type=submit].primary")).click();

        Browser.screenshot(browser, "membership-online-name-refused");
        assertThat(browser.findElement(By.cssSelector("#birthPlace + .field-error")).getText())
                .contains("harus satu baris teks biasa", "tanda arah teks");
        assertThat(browser.findElements(By.cssSelector("#address + .field-error"))).isEmpty();
        assertThat(browser.findElement(By.id("birthPlace")).getAttribute("value")).isEqualTo("Sura\u202Ebaya");
        assertThat(browser.findElement(By.id("fullName")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.findElement(By.id("address")).getAttribute("value"))
                .isEqualTo("Jl. Jaksa Agung Suprapto 5\nSidoarjo");
        assertThat(browser.findElements(By.id("member-number"))).isEmpty();
        assertThat(jdbc.sql("select count(*) from member where full_name = ?").param(name)
                .query(Long.class).single()).isZero();
    }

    private String registerOnline() throws IOException {
        browser.get("http://localhost:" + port + "/l/sidoarjo/daftar");
        LocalDate born = MemberFixtures.anAdultBirthDate();
        type("fullName", MemberFixtures.aName());
        type("nik", MemberFixtures.nik(MemberFixtures.SIDOARJO_DISTRICT, born, true));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("birthDate")), born.toString());
        new Select(browser.findElement(By.id("sex"))).selectByValue("F");
        type("address", "Jl. Jaksa Agung Suprapto 5, Sidoarjo");
        type("motherMaidenName", "Sri Wahyuni");
        type("phone", "0812 3456 7890");
        new Select(browser.findElement(By.id("category"))).selectByValue("umum");
        Path photo = Files.createTempFile("foto-", ".png");
        photo.toFile().deleteOnExit();
        Files.write(photo, MemberFixtures.anImage("png", 480, 640));
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        browser.findElement(By.id("consent1")).click();
        Browser.screenshot(browser, "membership-online-form");
        browser.findElement(By.cssSelector("form button[type=submit].primary")).click();

        Browser.screenshot(browser, "membership-online-done");
        String number = browser.findElement(By.id("member-number")).getText();
        assertThat(number).startsWith("SIDOARJO-");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("KTP");
        return number;
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }
}
