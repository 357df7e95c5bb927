package id.serambi.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
class SurveyBrowserIT {

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
    void aVisitorAnswersTheSurveyOnAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/l/lebak/survei?layanan=kta"));
        assertThat(new Select(browser.findElement(By.id("service"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("kta");
        for (int i = 0; i < 9; i++) {
            browser.findElement(By.cssSelector("input[name='answers[" + i + "]'][value='" + (i % 2 == 0 ? 4 : 3)
                    + "']")).click();
        }
        browser.findElement(By.id("age")).sendKeys("19");
        new Select(browser.findElement(By.id("sex"))).selectByValue("MALE");
        new Select(browser.findElement(By.id("education"))).selectByValue("SMA");
        new Select(browser.findElement(By.id("occupation"))).selectByValue("PELAJAR_MAHASISWA");
        Browser.screenshot(browser, "survey-public-phone");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form.survey button[type=submit]")));

        assertThat(browser.findElement(By.id("survey-thanks")).getText()).contains("Terima kasih");
    }

    @Test
    void anIncompleteQuestionnaireComesBackWithTheMissingAnswerMarked() {
        browser.get(url("/l/lebak/survei?layanan=kta"));
        for (int i = 0; i < 8; i++) {
            browser.findElement(By.cssSelector("input[name='answers[" + i + "]'][value='3']")).click();
        }
        browser.findElement(By.id("age")).sendKeys("40");
        new Select(browser.findElement(By.id("sex"))).selectByValue("FEMALE");
        new Select(browser.findElement(By.id("education"))).selectByValue("S1");
        new Select(browser.findElement(By.id("occupation"))).selectByValue("PNS");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form.survey button[type=submit]")));

        assertThat(browser.findElements(By.cssSelector("fieldset.element.invalid"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("fieldset.element.invalid")).getText()).contains("U9");
        assertThat(browser.findElement(By.cssSelector("input[name='answers[0]'][value='3']")).isSelected()).isTrue();
    }

    @Test
    void staffSeeTheIndexWithTheQrCodeAndExportIt() throws Exception {
        String petugas = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        Browser.signIn(browser, port, petugas, TestUsers.PASSWORD);
        browser.get(url("/app/lebak/ikm"));
        Browser.screenshot(browser, "survey-ikm-staff");

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("IKM");
        assertThat(browser.findElement(By.cssSelector("img.qr")).getAttribute("naturalWidth")).isNotEqualTo("0");
        String session = browser.manage().getCookieNamed("SERAMBI_SESSION").getValue();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/app/lebak/ikm.csv"))).header("Cookie", "SERAMBI_SESSION=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).contains("U1,Persyaratan").contains("IKM (1/9)");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
