package id.serambi.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/**
 * Whole procedures walked from the desk screen: a walk-in's new case, the steps staff tick, the registration opened
 * from the case, and the later steps on their own pages; afterwards every step of the procedure is measured.
 */
@IntegrationTest
class CaseDeskBrowserIT {

    private static final Pattern QUEUE_NUMBER = Pattern.compile("[A-Z]-\\d{3}");

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
    void lebaksKtaFromTheWalkInToTheHandOverIsWalkedFromTheDesk() throws Exception {
        String clerk = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        Api api = Api.on(port).as(clerk, TestUsers.PASSWORD);
        Browser.signIn(browser, port, clerk, TestUsers.PASSWORD);
        String caseId = newCase("lebak");
        assertThat(row(caseId).getText()).contains("1.").contains("Sesuai mutu baku");
        assertThat(nextAction(caseId).getText()).isEqualTo("Daftarkan");

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("done-" + caseId)));
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("id")).as("the ticked row keeps the focus").isEqualTo("case-" + caseId);
        assertThat(row(caseId).getText()).contains("2.");
        Browser.screenshot(browser, "cases-desk-1366");
        focused.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> row(caseId).getText().contains("3."));

        assertThat(nextAction(caseId).getAttribute("href")).contains("/app/lebak/members/new?caseId=" + caseId);
        Browser.clickAndWaitForNextPage(browser, nextAction(caseId));
        String number = register("36.02.01", MemberFixtures.LEBAK_DISTRICT, "0813" + digits(8), false);
        assertThat(browser.findElement(By.id("member-case")).getText()).contains("4.").contains("Tenggat");
        Browser.screenshot(browser, "cases-member-page");

        browser.findElement(By.id("photo-file")).sendKeys(image().toString());
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.xpath(
                "//form[.//input[@id='photo-file']]//button[@type='submit']")));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("approve")));
        assertThat(browser.findElement(By.id("member-case")).getText()).contains("6.");

        assertThat(api.get("/api/v1/libraries/lebak/members/" + number + "/card.pdf").status()).isEqualTo(200);
        browser.get(url("/app/lebak/cases?service=kta"));
        assertThat(nextAction(caseId).getText()).isEqualTo("Serahkan kartu");
        Browser.clickAndWaitForNextPage(browser, nextAction(caseId));
        handOver(null);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/cards/receipts"));

        assertThat(api.get("/api/v1/libraries/lebak/cases/" + caseId).json().get("status").asString())
                .isEqualTo("CLOSED");
        assertThat(unmeasuredSteps(api, "lebak", "kta")).isEmpty();
    }

    @Test
    void baritoUtarasKtaHandsTheCardOverOnlyAgainstTheConfirmedPhone() throws Exception {
        String clerk = StaffFixtures.aStaffMember(accounts, libraries, "barut", Role.PETUGAS);
        Api api = Api.on(port).as(clerk, TestUsers.PASSWORD);
        Browser.signIn(browser, port, clerk, TestUsers.PASSWORD);
        String caseId = newCase("barut");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("done-" + caseId)));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> row(caseId).getText().contains("3."));

        Browser.clickAndWaitForNextPage(browser, nextAction(caseId));
        String phone = "0813" + digits(8);
        String number = register("62.05.01", "620501", phone, true);
        assertThat(browser.findElement(By.id("member-case")).getText()).contains("4.");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("approve")));

        browser.get(url("/app/barut/cases?service=kta"));
        assertThat(nextAction(caseId).getText()).isEqualTo("Cetak kartu");
        assertThat(nextAction(caseId).getAttribute("href")).contains("member=" + number)
                .contains("caseId=" + caseId);
        assertThat(api.get("/api/v1/libraries/barut/members/" + number + "/card.pdf").status()).isEqualTo(200);
        browser.navigate().refresh();
        assertThat(nextAction(caseId).getText()).isEqualTo("Serahkan kartu");
        Browser.clickAndWaitForNextPage(browser, nextAction(caseId));
        handOver(null);
        assertThat(browser.findElement(By.cssSelector("p.alert.error[role=alert]")).getText()).contains("belum terbukti");
        handOver(phone);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/cards/receipts"));

        assertThat(api.get("/api/v1/libraries/barut/cases/" + caseId).json().get("status").asString())
                .isEqualTo("CLOSED");
        assertThat(unmeasuredSteps(api, "barut", "kta")).isEmpty();
    }

    /** Opens a walk-in's KTA case from the desk screen and answers its id. */
    private String newCase(String lib) {
        browser.get(url("/app/" + lib + "/cases?service=kta&counter=Meja-uji"));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("new-kta")));
        String notice = browser.findElement(By.cssSelector("p.alert.success")).getText();
        Matcher queue = QUEUE_NUMBER.matcher(notice);
        assertThat(queue.find()).as(notice).isTrue();
        WebElement row = browser.findElement(By.xpath(
                "//tr[contains(@class,'case-row')][.//strong[text()='" + queue.group() + "']]"));
        assertThat(row.getText()).contains("Meja-uji");
        return row.getAttribute("data-case");
    }

    private String register(String district, String nikDistrict, String phone, boolean withPhoto) throws Exception {
        LocalDate born = MemberFixtures.anAdultBirthDate();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d
                .findElements(By.cssSelector("#districtCode option[value='" + district + "']")).isEmpty());
        new Select(browser.findElement(By.id("districtCode"))).selectByValue(district);
        browser.findElement(By.id("fullName")).sendKeys(MemberFixtures.aName());
        String nik = MemberFixtures.nik(nikDistrict, born, false);
        browser.findElement(By.id("nik")).sendKeys(nik);
        browser.findElement(By.id("doc-KTP")).click();
        browser.findElement(By.xpath("//div[.//input[@id='doc-KTP']]/input[contains(@name, '.number')]"))
                .sendKeys(nik);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("birthDate")), born.toString());
        new Select(browser.findElement(By.id("sex"))).selectByValue("M");
        browser.findElement(By.id("address")).sendKeys("Jalan Uji 1");
        browser.findElement(By.id("motherMaidenName")).sendKeys("Siti Aminah");
        browser.findElement(By.id("phone")).sendKeys(phone);
        new Select(browser.findElement(By.id("category"))).selectByValue("umum");
        if (withPhoto) {
            browser.findElement(By.id("photo-file")).sendKeys(image().toString());
        }
        browser.findElement(By.id("consent1")).click();
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form button[type=submit].primary")));
        String path = browser.getCurrentUrl();
        assertThat(path).as(browser.findElement(By.tagName("main")).getText()).contains("/members/")
                .doesNotEndWith("/new");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private void handOver(String phoneShown) {
        browser.findElement(By.id("signatureName")).clear();
        browser.findElement(By.id("signatureName")).sendKeys("Penerima Uji");
        if (phoneShown != null) {
            browser.findElement(By.id("phoneShown")).sendKeys(phoneShown);
        }
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form.form button[type=submit]")));
    }

    /** The steps of the service that no case measured today (the service-time API). */
    private static List<String> unmeasuredSteps(Api api, String lib, String service) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        JsonNode report = api.get("/api/v1/libraries/" + lib + "/service-times?from=" + today.minusDays(1) + "&to="
                + today.plusDays(1)).json();
        List<String> unmeasured = new ArrayList<>();
        for (JsonNode s : report.get("services")) {
            if (service.equals(s.get("code").asString())) {
                assertThat(s.get("steps").size()).isGreaterThan(1);
                s.get("steps").forEach(step -> {
                    if (step.get("cases").asInt() < 1) {
                        unmeasured.add(step.path("order").asInt() + " " + step.path("description").asString());
                    }
                });
                return unmeasured;
            }
        }
        throw new AssertionError("no service " + service + " in " + report);
    }

    private WebElement row(String caseId) {
        return browser.findElement(By.id("case-" + caseId));
    }

    private WebElement nextAction(String caseId) {
        return browser.findElement(By.id("next-" + caseId));
    }

    private static Path image() throws Exception {
        Path photo = Files.createTempFile("foto-", ".png");
        photo.toFile().deleteOnExit();
        Files.write(photo, MemberFixtures.anImage("png", 480, 640));
        return photo;
    }

    private static String digits(int n) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < n; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
