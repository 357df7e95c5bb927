package id.serambi.libraries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.shared.security.Role;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
class StandardEditingBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    LibraryAdministration administration;

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
    void aKabidChangesAStepsMinutesAndThePublicPageShowsIt() {
        ObjectNode original = StandardFixtures.service(port, "lebak", "kta");
        String kabid = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KABID);
        try {
            Browser.signIn(browser, port, kabid, TestUsers.PASSWORD);
            assertThat(browser.getCurrentUrl()).endsWith("/app/lebak");
            assertThat(browser.findElements(By.cssSelector(".status-code"))).isEmpty();
            Browser.screenshot(browser, "home-kabid");
            open("/app/lebak/standards");
            Browser.screenshot(browser, "standards-staff-list");
            browser.findElement(By.cssSelector("#service-kta a.button")).click();
            WebElement minutes = browser.findElement(By.name("steps[1].minutes"));
            minutes.clear();
            minutes.sendKeys("7");
            Browser.screenshot(browser, "standards-edit-kta");
            Browser.clickAndWaitForNextPage(browser,
                    browser.findElement(By.cssSelector(".form-actions button[type=submit]")));

            assertThat(browser.getCurrentUrl()).endsWith("/app/lebak/standards");
            assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).contains("disimpan");
            assertThat(browser.findElement(By.cssSelector(".alert.warning")).getText()).contains("26 menit");
            assertThat(browser.findElement(By.id("service-kta")).getText()).contains(kabidName(kabid));
            Browser.screenshot(browser, "standards-staff-list-after-edit");

            open("/l/lebak/standards");
            List<WebElement> rows = browser.findElements(By.cssSelector("#kta table.procedure tbody tr"));
            Browser.screenshot(browser, "standards-public-after-edit");
            assertThat(rows.get(1).getText()).contains("7 menit");
            assertThat(browser.findElement(By.cssSelector("#kta table.procedure tfoot")).getText())
                    .contains("26 menit");
        } finally {
            StandardFixtures.restore(port, "lebak", original);
        }
    }

    @Test
    void aFixedStepWithoutTimeIsShownBesideItsFieldAndNothingIsSaved() {
        ObjectNode original = StandardFixtures.service(port, "jateng", "kta");
        String kabid = StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.KABID);
        Browser.signIn(browser, port, kabid, TestUsers.PASSWORD);
        open("/app/jateng/standards/kta?lang=en");
        browser.findElement(By.name("steps[0].minutes")).clear();
        browser.findElement(By.name("steps[0].seconds")).clear();
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector(".form-actions button[type=submit]")));

        Browser.screenshot(browser, "standards-edit-error-en");
        assertThat(browser.findElement(By.name("steps[0].minutes")).getAttribute("class")).contains("invalid");
        assertThat(browser.findElement(By.cssSelector("tbody.step .field-error")).getText())
                .contains("minutes and/or seconds");
        assertThat(StandardFixtures.service(port, "jateng", "kta")).isEqualTo(original);
    }

    @Test
    void aPetugasReadsTheStandardsAndSettingsWithoutEditing() {
        String petugas = StaffFixtures.aStaffMember(accounts, libraries, "barut", Role.PETUGAS);
        Browser.signIn(browser, port, petugas, TestUsers.PASSWORD);

        open("/app/barut/standards");
        assertThat(browser.findElements(By.cssSelector("#service-kta a.button"))).isEmpty();
        open("/app/barut/settings");
        Browser.screenshot(browser, "settings-petugas");
        assertThat(browser.findElement(By.id("name")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("holidays")).getText()).contains("Proklamasi Kemerdekaan");
        open("/app/barut/standards/kta");
        assertThat(browser.getPageSource()).contains("403");
    }

    @Test
    void aKabidIsToldWhenClosingComesBeforeOpening() {
        String kabid = StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.KABID);
        Browser.signIn(browser, port, kabid, TestUsers.PASSWORD);
        open("/app/sidoarjo/settings");
        Browser.screenshot(browser, "settings-kabid");
        WebElement monday = browser.findElement(By.name("days[MONDAY].closed"));
        if (monday.isSelected()) {
            monday.click();
        }
        setValue(browser.findElement(By.name("days[MONDAY].open")), "15:00");
        setValue(browser.findElement(By.name("days[MONDAY].close")), "08:00");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("#hours button[type=submit]")));

        Browser.screenshot(browser, "settings-hours-error");
        assertThat(browser.findElement(By.cssSelector("#hours .field-error")).getText())
                .isEqualTo("Jam tutup harus sesudah jam buka.");
        assertThat(browser.findElement(By.name("days[MONDAY].close")).getAttribute("class")).contains("invalid");
        assertThat(libraries.hours(libraries.require("sidoarjo").id()).on(java.time.DayOfWeek.MONDAY)).isEmpty();
    }

    @Test
    void aKabidAddsAHolidayOnThePageAndRemovesItAgain() {
        String kabid = StaffFixtures.aStaffMember(accounts, libraries, "barut", Role.KABID);
        Browser.signIn(browser, port, kabid, TestUsers.PASSWORD);
        int year = 2035;
        String day = year + "-07-0" + (1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(8));
        open("/app/barut/settings?year=" + year);
        setValue(browser.findElement(By.id("holiday-date")), day);
        browser.findElement(By.id("holiday-name")).sendKeys("Hari jadi Kabupaten Barito Utara");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form.holiday-add button[type=submit]")));

        Browser.screenshot(browser, "settings-holiday-added");
        assertThat(browser.findElement(By.id("holidays")).getText()).contains("Hari jadi Kabupaten Barito Utara");
        assertThat(libraries.holidays(libraries.require("barut").id(), year)).extracting(Holiday::name)
                .contains("Hari jadi Kabupaten Barito Utara");
        browser.findElement(By.xpath("//section[@id='holidays']//tr[contains(., 'Barito Utara')]//button")).click();
        browser.switchTo().alert().accept();

        assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).contains("dihapus");
        assertThat(libraries.holidays(libraries.require("barut").id(), year)).extracting(Holiday::name)
                .doesNotContain("Hari jadi Kabupaten Barito Utara");
    }

    @Test
    void aKabidCorrectsTheLibrarysPhoneAfterBeingToldTheEmailIsWrong() {
        Library original = libraries.require("banyuwangi");
        String kabid = StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.KABID);
        Browser.signIn(browser, port, kabid, TestUsers.PASSWORD);
        try {
            open("/app/banyuwangi/settings");
            replace(By.id("phone"), "(0333) 424-999");
            replace(By.id("email"), "perpustakaan-at-banyuwangi");
            Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("#profile button[type=submit]")));

            assertThat(browser.findElement(By.cssSelector("#profile .field-error")).getText())
                    .isEqualTo("Alamat e-mail tidak sah.");
            assertThat(libraries.require("banyuwangi").phone()).isEqualTo(original.phone());
            replace(By.id("email"), "perpustakaan@banyuwangikab.go.id");
            Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("#profile button[type=submit]")));

            assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).contains("disimpan");
            open("/l/banyuwangi/standards");
            assertThat(browser.findElement(By.cssSelector(".hero")).getText()).contains("(0333) 424-999");
        } finally {
            administration.updateProfile(original, LibraryProfile.of(original));
        }
    }

    private void replace(By field, String value) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(value);
    }

    private String kabidName(String username) {
        return "Petugas Uji " + username;
    }

    /** Time inputs take typed keys in the browser's own 12- or 24-hour format; setting the value does not. */
    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
