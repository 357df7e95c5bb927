package id.serambi.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
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

/**
 * The province → regency → district selects of KTA Online, refreshed by regions.js; the directions to the desk on the
 * confirmation; the names staff then see.
 */
@IntegrationTest
class RegionSelectsBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

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
    void anApplicantFromAnotherProvinceChoosesTheirDistrictAndStaffSeeItsName() {
        browser.get("http://localhost:" + port + "/l/sidoarjo/daftar");
        assertThat(select("provinceCode").getFirstSelectedOption().getText()).isEqualTo("Jawa Timur");
        assertThat(select("regencyCode").getFirstSelectedOption().getText()).isEqualTo("Kabupaten Sidoarjo");

        select("provinceCode").selectByValue("36");
        waitForOption("regencyCode", "36.02");
        assertThat(select("districtCode").getOptions()).hasSize(1);
        select("regencyCode").selectByValue("36.02");
        waitForOption("districtCode", "36.02.01");
        select("districtCode").selectByValue("36.02.01");
        Browser.screenshot(browser, "membership-region-selects");
        String number = submitTheRest();
        Browser.screenshot(browser, "membership-online-done-directions");
        assertThat(browser.findElement(By.id("library-address")).getText()).contains("Jaksa Agung");
        assertThat(browser.findElement(By.cssSelector("#library-hours li")).getText()).isNotBlank();

        assertThat(jdbc.sql("select district_code from member where member_number = ?").param(number)
                .query(String.class).single()).isEqualTo("36.02.01");
        String staff = StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.PETUGAS);
        Browser.signIn(browser, port, staff, TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/app/sidoarjo/members/" + number);
        assertThat(browser.findElement(By.id("member-region")).getText())
                .isEqualTo("Banten · Kabupaten Lebak · Malingping");
        browser.get("http://localhost:" + port + "/app/sidoarjo/members/new");
        assertThat(select("regencyCode").getFirstSelectedOption().getText()).isEqualTo("Kabupaten Sidoarjo");
        assertThat(browser.findElements(By.cssSelector("#districtCode option[value='35.15.01']"))).hasSize(1);
    }

    private String submitTheRest() {
        LocalDate born = MemberFixtures.anAdultBirthDate();
        browser.findElement(By.id("fullName")).sendKeys(MemberFixtures.aName());
        browser.findElement(By.id("nik")).sendKeys(MemberFixtures.nik(MemberFixtures.LEBAK_DISTRICT, born, false));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("birthDate")), born.toString());
        select("sex").selectByValue("M");
        browser.findElement(By.id("address")).sendKeys("Kampung Cilangkahan RT 01, Malingping");
        browser.findElement(By.id("motherMaidenName")).sendKeys("Euis Rohaeti");
        browser.findElement(By.id("phone")).sendKeys("0813 1111 2222");
        select("category").selectByValue("umum");
        browser.findElement(By.id("consent1")).click();
        browser.findElement(By.cssSelector("form button[type=submit].primary")).click();
        return browser.findElement(By.id("member-number")).getText();
    }

    private Select select(String id) {
        return new Select(browser.findElement(By.id(id)));
    }

    private void waitForOption(String id, String value) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver
                .findElements(By.cssSelector("#" + id + " option[value='" + value + "']")).isEmpty());
    }
}
