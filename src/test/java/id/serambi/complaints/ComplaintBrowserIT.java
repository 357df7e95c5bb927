package id.serambi.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
class ComplaintBrowserIT {

    private static final String SCRIPT = "<script>alert(1)</script>";

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
    void aPatronFilesAComplaintOnAPhoneAndFollowsItByItsCode() {
        browser.manage().window().setSize(new Dimension(390, 844));
        String text = "Lampu ruang baca lantai 2 mati " + UUID.randomUUID();
        browser.get(url("/l/lebak/pengaduan"));
        browser.findElement(By.id("text")).sendKeys(text);
        browser.findElement(By.id("name")).sendKeys("Rina");
        browser.findElement(By.id("contact")).sendKeys("rina@example.org");
        browser.findElement(By.id("confidential1")).click();
        Browser.screenshot(browser, "complaint-public-form-phone");
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();

        String code = browser.findElement(By.id("tracking-code")).getText();
        Browser.screenshot(browser, "complaint-public-filed-phone");
        assertThat(code).matches("[2-9A-Z]{10}");
        assertThat(browser.getPageSource()).doesNotContain("Rina", "rina@example.org", text);
        assertThat(browser.findElement(By.id("complaint-due")).getText())
                .matches("Ditanggapi paling lambat: \\d{2}-\\d{2}-\\d{4}");

        browser.get(url("/l/lebak/pengaduan"));
        browser.findElement(By.id("kode")).sendKeys(code.toLowerCase());
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form[method=get] button")));

        assertThat(browser.getCurrentUrl()).endsWith("/l/lebak/pengaduan/" + code);
        assertThat(browser.findElement(By.id("complaint-status")).getText()).isEqualTo("Diterima");
        browser.get(url("/l/lebak/pengaduan/" + code + "?lang=en"));
        Browser.screenshot(browser, "complaint-public-status-due-en");
        assertThat(browser.findElement(By.id("complaint-due")).getText())
                .matches("To be answered by: \\d{2}-\\d{2}-\\d{4}");
    }

    @Test
    void staffSeeTheComplaintEscapedAndMoveItOnWithoutReloadingThePage() {
        String kabid = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KABID);
        browser.get(url("/l/lebak/pengaduan"));
        browser.findElement(By.id("text")).sendKeys(SCRIPT + " buku rusak " + UUID.randomUUID());
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        String code = browser.findElement(By.id("tracking-code")).getText();

        jdbc.sql("update complaint set due_at = now() - interval '1 day' where tracking_code = ?").param(code)
                .update();
        Browser.signIn(browser, port, kabid, TestUsers.PASSWORD);
        browser.get(url("/app/lebak/complaints"));
        assertThat(browser.findElement(By.xpath("//tr[contains(@class,'overdue')]//a")).getText()).isEqualTo(code);
        Browser.screenshot(browser, "complaint-staff-list");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.linkText(code)));

        assertThat(browser.getPageSource()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain(SCRIPT);
        assertThat(browser.findElement(By.id("complaint-text")).getText()).startsWith(SCRIPT);
        step("VERIFIED", "Memo diteruskan ke Kabid", null);
        waitForStatus("Diverifikasi dan diteruskan");
        step("ANSWERED", "Draf penanggulangan", "Buku yang rusak sudah diganti.");
        waitForStatus("Ditanggapi");
        Browser.screenshot(browser, "complaint-staff-detail");

        browser.get(url("/l/lebak/pengaduan/" + code));
        assertThat(browser.findElement(By.id("complaint-response")).getText())
                .isEqualTo("Buku yang rusak sudah diganti.");
        Browser.screenshot(browser, "complaint-public-status");
    }

    @Test
    void theKepalaBidangSetsTheLibrarysDeadlinesAndAPetugasMayNot() {
        String kabid = StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.KABID);
        Browser.signIn(browser, port, kabid, TestUsers.PASSWORD);
        browser.get(url("/app/jateng/complaints/settings"));
        assertThat(browser.findElement(By.id("verifyDays")).getAttribute("value")).isEqualTo("3");
        browser.findElement(By.id("verifyDays")).clear();
        browser.findElement(By.id("verifyDays")).sendKeys("2");
        new Select(browser.findElement(By.id("answeringRole"))).selectByValue("KASI");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form.card button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector(".alert.success")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("verifyDays")).getAttribute("value")).isEqualTo("2");
        Browser.screenshot(browser, "complaint-settings");

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, port, StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.PETUGAS),
                TestUsers.PASSWORD);
        browser.get(url("/app/jateng/complaints/settings"));
        assertThat(browser.findElement(By.cssSelector(".status-code")).getText()).isEqualTo("403");
        assertThat(browser.findElements(By.id("verifyDays"))).isEmpty();
    }

    @Test
    void theKabidsHomePageListsTheComplaintsWaitingForTheirAnswer() {
        String petugas = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        String kabid = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KABID);
        String code = ComplaintFixtures.filed(Api.on(port), "lebak", ComplaintFixtures.aWebComplaint());
        assertThat(Api.on(port).as(petugas, TestUsers.PASSWORD).post("/api/v1/libraries/lebak/complaints/" + code
                + "/transitions", ComplaintFixtures.transition("VERIFIED", "diteruskan ke Kabid", null)).status())
                .isEqualTo(200);

        Browser.signIn(browser, port, petugas, TestUsers.PASSWORD);
        browser.get(url("/app/lebak"));
        assertThat(browser.findElements(By.id("complaints-awaiting"))).isEmpty();
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, port, kabid, TestUsers.PASSWORD);
        browser.get(url("/app/lebak"));
        Browser.screenshot(browser, "home-kabid-complaints-awaiting-id");

        WebElement panel = browser.findElement(By.id("complaints-awaiting"));
        assertThat(panel.findElement(By.tagName("h2")).getText()).isEqualTo("Pengaduan menunggu tanggapan Anda");
        WebElement link = panel.findElements(By.cssSelector("td a")).stream()
                .filter(a -> a.getText().equals(code)).findFirst().orElseThrow();
        assertThat(link.getAttribute("href")).endsWith("/app/lebak/complaints/" + code);
        browser.get(url("/app/lebak?lang=en"));
        Browser.screenshot(browser, "home-kabid-complaints-awaiting-en");
        assertThat(browser.findElement(By.cssSelector("#complaints-awaiting h2")).getText())
                .isEqualTo("Complaints waiting for your answer");
    }

    private void step(String status, String note, String response) {
        WebElement form = browser.findElement(By.xpath(
                "//form[contains(@class,'transition')][input[@name='status' and @value='" + status + "']]"));
        form.findElement(By.tagName("summary")).click();
        form.findElement(By.name("note")).sendKeys(note);
        if (response != null) {
            form.findElement(By.name("response")).sendKeys(response);
        }
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private void waitForStatus(String label) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.id("complaint-status"), label));
    }

    @Test
    void aNameWithADirectionOverrideIsRefusedBesideItsFieldWhileTheComplaintKeepsItsLines() {
        browser.get(url("/l/lebak/pengaduan?lang=en"));
        browser.findElement(By.id("text")).sendKeys("The reading room lamp is out.\nSince Monday.");
        browser.findElement(By.id("name")).sendKeys("Rina\u202E Santoso");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form.card button[type=submit]")));

        Browser.screenshot(browser, "complaint-public-name-refused");
        assertThat(browser.findElement(By.cssSelector("#name + .field-error")).getText())
                .contains("must be one line of plain text", "text-direction marks");
        assertThat(browser.findElements(By.cssSelector("#text + .field-error"))).isEmpty();
        assertThat(browser.findElements(By.id("tracking-code"))).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
