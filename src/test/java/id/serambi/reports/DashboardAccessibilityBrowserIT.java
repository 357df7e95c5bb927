package id.serambi.reports;

import static org.assertj.core.api.Assertions.assertThat;

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
import id.serambi.support.TestUsers;

/** The dashboard read without seeing its charts, over an empty period, and its numbers in the page's language. */
@IntegrationTest
class DashboardAccessibilityBrowserIT {

    /** Long before any test's data: every table is empty. */
    static final String EMPTY_PERIOD = "from=2001-01-01&to=2001-01-31";

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        Browser.signIn(browser, port, TestUsers.ADMIN, TestUsers.PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyChartHasItsFiguresInWordsAndALinkToItsTable() {
        browser.get("http://localhost:" + port + "/app/lebak/dashboard");
        List<WebElement> charts = browser.findElements(By.cssSelector("figure.chart"));
        assertThat(charts).isNotEmpty();
        for (WebElement chart : charts) {
            WebElement canvas = chart.findElement(By.tagName("canvas"));
            String caption = chart.findElement(By.tagName("figcaption")).getText();
            assertThat(canvas.getAttribute("role")).as(caption).isEqualTo("img");
            assertThat(canvas.getAttribute("aria-label")).as(caption).startsWith(caption + ": ").hasSizeGreaterThan(
                    caption.length() + 3);
            String table = chart.findElement(By.cssSelector("a.chart-table")).getAttribute("href");
            String id = table.substring(table.indexOf('#') + 1);
            assertThat(browser.findElements(By.id(id))).as(caption + " -> " + id).hasSize(1);
        }
    }

    @Test
    void emptyTablesSayThereIsNoData() {
        browser.get("http://localhost:" + port + "/app/lebak/dashboard?" + EMPTY_PERIOD);
        Browser.screenshot(browser, "dashboard-empty-id");
        List<WebElement> members = browser.findElements(By.cssSelector("#table-members-by-category tbody tr"));
        assertThat(members).hasSize(1);
        assertThat(members.getFirst().getText()).isEqualTo("Tidak ada data pada periode ini.");
        assertThat(browser.findElements(By.cssSelector(".data tbody"))).allSatisfy(
                body -> assertThat(body.findElements(By.tagName("tr"))).as("every table has a row").isNotEmpty());
        WebElement chart = browser.findElement(By.xpath("//figure[a[contains(@href, '#table-members-by-category')]]"));
        assertThat(chart.findElement(By.tagName("canvas")).getAttribute("aria-label"))
                .endsWith(": Tidak ada data pada periode ini.");

        browser.get("http://localhost:" + port + "/app/lebak/dashboard?lang=en&" + EMPTY_PERIOD);
        Browser.screenshot(browser, "dashboard-empty-en");
        assertThat(browser.findElement(By.cssSelector("#table-members-by-category tbody tr")).getText())
                .isEqualTo("No data in this period.");
    }

    @Test
    void chartsWriteNumbersInThePagesLanguage() {
        browser.get("http://localhost:" + port + "/app/lebak/dashboard");
        assertThat(chartLocale()).isEqualTo("id");
        browser.get("http://localhost:" + port + "/app/lebak/dashboard?lang=en");
        assertThat(chartLocale()).isEqualTo("en");
    }

    private Object chartLocale() {
        return ((JavascriptExecutor) browser).executeScript(
                "return Chart.getChart(document.querySelector('canvas[data-chart]')).options.locale");
    }
}
