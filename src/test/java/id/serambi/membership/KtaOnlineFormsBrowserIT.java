package id.serambi.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
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

/** KTA Online and the desk form as people use them: the correction with a photo, a refused form, a phone. */
@IntegrationTest
class KtaOnlineFormsBrowserIT {

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
    void theRevisionPageShowsTheNoteAndTheCurrentPhotoAndTakesANewPhotoWithTheCorrection() throws IOException {
        Map<String, Object> application = MemberFixtures.anApplication(MemberFixtures.SIDOARJO_DISTRICT);
        Api.Response registered = Api.on(port).post("/api/v1/libraries/sidoarjo/registrations", application);
        String number = registered.json().get("memberNumber").asString();
        String link = registered.json().get("revisionUrl").asString();
        Api staff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.PETUGAS),
                TestUsers.PASSWORD);
        staff.put("/api/v1/libraries/sidoarjo/members/" + number + "/photo", "image/png",
                MemberFixtures.anImage("png", 300, 400));
        staff.post("/api/v1/libraries/sidoarjo/members/" + number + "/verification",
                Map.of("decision", "REVISE", "note", "Foto terlalu gelap; tulis RT/RW pada alamat"));
        byte[] before = photoOf(number);

        browser.get("http://localhost:" + port + link + "?lang=en");
        Browser.screenshot(browser, "membership-revision-en");
        shot(browser.findElement(By.id("photo")), "membership-revision-photo-en");
        assertThat(browser.findElement(By.id("revision-note")).getText()).contains("The staff's note");
        browser.get("http://localhost:" + port + link + "?lang=id");
        Browser.screenshot(browser, "membership-revision-id");
        shot(browser.findElement(By.id("photo")), "membership-revision-photo-id");
        assertThat(browser.findElement(By.id("revision-note")).getText())
                .contains("Catatan petugas", "Foto terlalu gelap; tulis RT/RW pada alamat");
        assertThat(loaded(browser.findElement(By.id("photo-current")))).isTrue();
        WebElement address = browser.findElement(By.id("address"));
        address.clear();
        address.sendKeys("Jl. Mawar 3 RT 01 RW 02, Sidoarjo");
        browser.findElement(By.id("photo")).sendKeys(imageFile(600, 800).toString());
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form button[type=submit]")));

        Browser.screenshot(browser, "membership-revision-sent");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Menunggu verifikasi");
        MemberView member = membership.find(libraries.require("sidoarjo").id(), number).orElseThrow();
        assertThat(member.status()).isEqualTo(MemberStatus.PENDING_VERIFICATION);
        assertThat(member.address()).isEqualTo("Jl. Mawar 3 RT 01 RW 02, Sidoarjo");
        assertThat(photoOf(number)).isNotEqualTo(before);
    }

    @Test
    void theChosenPhotoSurvivesARefusalOfTheOnlineForm() throws IOException {
        browser.manage().window().setSize(new Dimension(360, 780));
        browser.get("http://localhost:" + port + "/l/sidoarjo/daftar?lang=id");
        String name = fillOnlineForm();
        browser.findElement(By.id("email")).sendKeys("bukan-alamat");
        browser.findElement(By.id("photo")).sendKeys(imageFile(480, 640).toString());
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form button[type=submit].primary")));

        shot(browser.findElement(By.id("photo-kept")), "membership-online-refused-photo-kept");
        assertThat(browser.findElement(By.cssSelector("#email + .field-error")).isDisplayed()).isTrue();
        assertThat(loaded(browser.findElement(By.cssSelector("#photo-kept img")))).isTrue();
        WebElement email = browser.findElement(By.id("email"));
        email.clear();
        email.sendKeys("pendaftar@contoh.id");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form button[type=submit].primary")));

        String number = browser.findElement(By.id("member-number")).getText();
        assertThat(number).isEqualTo(jdbc.sql("select member_number from member where full_name = ?").param(name)
                .query(String.class).single());
        assertThat(membership.photo(libraries.require("sidoarjo").id(), number)).isPresent();
    }

    @Test
    void onAPhoneTheMemberNumberStaysOnOneLineInBothLanguages() {
        browser.manage().window().setSize(new Dimension(360, 780));
        browser.get("http://localhost:" + port + "/l/sidoarjo/daftar?lang=id");
        fillOnlineForm();
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form button[type=submit].primary")));

        Browser.screenshot(browser, "membership-online-done-phone-id");
        assertThat(browser.findElement(By.id("member-number")).getText()).matches("SIDOARJO-\\d{4}-\\d{6}");
        assertThat(linesOf("member-number")).isEqualTo(1);
        assertThat(fitsWithoutScrolling("member-number")).isTrue();
        browser.get("http://localhost:" + port + "/l/sidoarjo/daftar/selesai?lang=en");
        Browser.screenshot(browser, "membership-online-done-phone-en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Registration complete");
        assertThat(linesOf("member-number")).isEqualTo(1);
        assertThat(fitsWithoutScrolling("member-number")).isTrue();
    }

    @Test
    void theResultPageComesAfterARedirectSoAReloadDoesNotSendTheRegistrationAgain() {
        browser.get("http://localhost:" + port + "/l/sidoarjo/daftar?lang=id");
        String name = fillOnlineForm();
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form button[type=submit].primary")));

        assertThat(browser.getCurrentUrl()).endsWith("/l/sidoarjo/daftar/selesai");
        String number = browser.findElement(By.id("member-number")).getText();
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("member-number")).getText()).isEqualTo(number);
        assertThat(browser.findElements(By.cssSelector(".field-error, .alert.error"))).isEmpty();
        assertThat(jdbc.sql("select count(*) from member where full_name = ?").param(name).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void theDeskKeepsTheChosenPhotoWhenTheFormIsRefused() throws IOException {
        Browser.signIn(browser, port, StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.PETUGAS),
                TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/app/sidoarjo/members/new?lang=en");
        String name = fillOnlineForm();
        browser.findElement(By.id("email")).sendKeys("bukan-alamat");
        browser.findElement(By.id("doc-KTP")).click();
        browser.findElement(By.id("photo-file")).sendKeys(imageFile(480, 640).toString());
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form button[type=submit].primary")));

        shot(browser.findElement(By.id("photo-kept")), "membership-desk-refused-photo-kept-en");
        assertThat(loaded(browser.findElement(By.cssSelector("#photo-kept img")))).isTrue();
        WebElement email = browser.findElement(By.id("email"));
        email.clear();
        email.sendKeys("anggota@contoh.id");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form button[type=submit].primary")));

        assertThat(browser.findElements(By.cssSelector("img.membership-photo"))).hasSize(1);
        String number = jdbc.sql("select member_number from member where full_name = ?").param(name)
                .query(String.class).single();
        assertThat(membership.photo(libraries.require("sidoarjo").id(), number)).isPresent();
    }

    /** Fills every field of the registration form but the e-mail address; the name typed. */
    private String fillOnlineForm() {
        LocalDate born = MemberFixtures.anAdultBirthDate();
        String name = MemberFixtures.aName();
        type("fullName", name);
        type("nik", MemberFixtures.nik(MemberFixtures.SIDOARJO_DISTRICT, born, true));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("birthDate")), born.toString());
        new Select(browser.findElement(By.id("sex"))).selectByValue("F");
        type("address", "Jl. Jaksa Agung Suprapto 5, Sidoarjo");
        type("motherMaidenName", "Sri Wahyuni");
        type("phone", "0812 3456 7890");
        new Select(browser.findElement(By.id("category"))).selectByValue("umum");
        browser.findElement(By.id("consent1")).click();
        return name;
    }

    /** A screenshot with the element in the middle of the screen. */
    private void shot(WebElement element, String name) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        Browser.screenshot(browser, name);
    }

    private byte[] photoOf(String number) {
        return membership.photo(libraries.require("sidoarjo").id(), number).orElseThrow().jpeg();
    }

    private boolean loaded(WebElement image) {
        return image.isDisplayed() && Boolean.TRUE.equals(((JavascriptExecutor) browser)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image));
    }

    /** How many lines the element's text takes on screen. */
    private long linesOf(String id) {
        return (Long) ((JavascriptExecutor) browser).executeScript("""
                var range = document.createRange();
                range.selectNodeContents(document.getElementById(arguments[0]));
                var tops = new Set();
                Array.prototype.forEach.call(range.getClientRects(), function (r) { tops.add(Math.round(r.top)); });
                return tops.size;""", id);
    }

    private boolean fitsWithoutScrolling(String id) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "var e = document.getElementById(arguments[0]); return e.scrollWidth <= e.clientWidth;", id);
    }

    private static Path imageFile(int width, int height) throws IOException {
        Path photo = Files.createTempFile("foto-", ".png");
        photo.toFile().deleteOnExit();
        Files.write(photo, MemberFixtures.anImage("png", width, height));
        return photo;
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }
}
