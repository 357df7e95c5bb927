package id.serambi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;

/**
 * The public forms after a refused submission: a summary of what to fix, each field tied to its message and hint,
 * required fields marked for the eye and for screen readers; and a mistyped tracking code.
 */
@IntegrationTest
class FormAccessibilityBrowserIT {

    @LocalServerPort
    int port;

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
    void ktaOnlineTiesEachErrorToItsFieldAndSumsThemUp() {
        browser.get(url("/l/sidoarjo/daftar"));
        for (String required : List.of("fullName", "nik", "birthDate", "sex", "address", "motherMaidenName",
                "category")) {
            WebElement field = browser.findElement(By.id(required));
            assertThat(field.getAttribute("required")).as(required).isNotNull();
            assertThat(script("return getComputedStyle(arguments[0], '::after').content",
                    browser.findElement(By.cssSelector("label[for='" + required + "']")))).as(required + " label")
                    .asString().contains("*");
        }
        assertThat(browser.findElement(By.id("phone")).getAttribute("required")).as("phone or e-mail").isNull();
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("main form button.primary")));
        Browser.screenshot(browser, "kta-online-errors-id");

        WebElement summary = browser.findElement(By.id("error-summary"));
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertThat(summary.getText()).contains("Nama lengkap: Wajib diisi.");
        assertThat(summary.findElement(By.cssSelector("a[href='#fullName-error']"))).isNotNull();
        assertFieldTiedTo("fullName", "fullName-error");
        assertFieldTiedTo("nik", "nik-hint nik-error");
        assertFieldTiedTo("sex", "sex-error");
        assertThat(browser.findElement(By.id("sex-error")).getText()).contains("Laki-laki").contains("Perempuan")
                .doesNotContain(" L ").doesNotContain(" P ");
        assertThat(browser.findElement(By.id("birthPlace")).getAttribute("aria-invalid")).isEqualTo("false");

        browser.get(url("/l/sidoarjo/daftar?lang=en"));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("main form button.primary")));
        Browser.screenshot(browser, "kta-online-errors-en");
        assertThat(browser.findElement(By.id("sex-error")).getText()).contains("Male").contains("Female");
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Full name");
    }

    @Test
    void theComplaintFormTiesItsErrorToTheFieldAndSumsItUp() {
        browser.get(url("/l/lebak/pengaduan"));
        assertThat(script("return getComputedStyle(arguments[0], '::after').content",
                browser.findElement(By.cssSelector("label[for='text']")))).asString().contains("*");
        assertThat(browser.findElement(By.id("contact")).getAttribute("aria-describedby")).isEqualTo("contact-hint");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("main form button.primary")));
        Browser.screenshot(browser, "complaint-errors-id");

        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Isi pengaduan");
        assertFieldTiedTo("text", "text-error");
    }

    @Test
    void aMistypedTrackingCodeShowsTheTrackingFormWithAMessage() throws Exception {
        browser.get(url("/l/lebak/pengaduan"));
        browser.findElement(By.id("kode")).sendKeys("ABCD1234XY");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("#lacak button")));
        Browser.screenshot(browser, "complaint-tracking-unknown-id");

        assertThat(browser.findElements(By.cssSelector(".status-code, .error-card"))).isEmpty();
        WebElement code = browser.findElement(By.id("kode"));
        assertThat(code.getAttribute("value")).isEqualTo("ABCD1234XY");
        assertThat(code.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(code.getAttribute("aria-describedby")).isEqualTo("kode-error");
        assertThat(browser.switchTo().activeElement()).as("the field to correct is in view, focused").isEqualTo(code);
        assertThat(browser.findElement(By.id("kode-error")).getText()).contains("ABCD1234XY");

        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/l/lebak/pengaduan/SALAH?lang=en"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("id=\"kode-error\"").contains("This library has no complaint");
    }

    private void assertFieldTiedTo(String id, String describedBy) {
        WebElement field = browser.findElement(By.id(id));
        assertThat(field.getAttribute("aria-invalid")).as(id).isEqualTo("true");
        assertThat(field.getAttribute("aria-describedby")).as(id).isEqualTo(describedBy);
        for (String target : describedBy.split(" ")) {
            assertThat(browser.findElement(By.id(target)).getText()).as(target).isNotBlank();
        }
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
