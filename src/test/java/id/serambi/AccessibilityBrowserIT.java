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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.TestUsers;

/** What every page shares (layout): skip link, focus ring, language switcher, navigation, description, robots.txt. */
@IntegrationTest
class AccessibilityBrowserIT {

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
    void theSkipLinkLeadsToThePagesContent() {
        for (String page : List.of("/", "/l/lebak", "/l/lebak/standards", "/l/lebak/pengaduan")) {
            browser.get(url(page));
            WebElement target = browser.findElement(By.id("content"));
            assertThat(target.findElements(By.tagName("main"))).as(page).hasSize(1);
            browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement skip = active();
            assertThat(skip.getAttribute("class")).as(page + ": the first Tab reaches the skip link").contains("skip-link");
            skip.sendKeys(Keys.ENTER);
            assertThat(active().getAttribute("id")).as(page + ": the skip link moves the focus").isEqualTo("content");
        }
    }

    @Test
    void theFocusRingStandsOutThreeToOneFromWhatItSitsOn() {
        browser.get(url("/l/lebak"));
        WebElement link = browser.findElement(By.cssSelector("main a"));
        focusByKeyboard(link);
        String ring = (String) script("return getComputedStyle(arguments[0]).outlineColor", link);
        String page = (String) script("return getComputedStyle(document.body).backgroundColor");
        assertThat(contrast(ring, page)).as("ring %s on the page %s", ring, page).isGreaterThanOrEqualTo(3.0);

        WebElement barLink = browser.findElement(By.cssSelector(".topbar .lang a"));
        focusByKeyboard(barLink);
        String barRing = (String) script("return getComputedStyle(arguments[0]).outlineColor", barLink);
        String bar = (String) script("return getComputedStyle(document.querySelector('.topbar')).backgroundColor");
        assertThat(contrast(barRing, bar)).as("ring %s on the bar %s", barRing, bar).isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void theLanguageSwitcherIsANavigationThatSaysTheCurrentLanguage() {
        browser.get(url("/l/lebak"));
        WebElement switcher = browser.findElement(By.cssSelector(".topbar .lang"));
        assertThat(switcher.getTagName()).isEqualTo("nav");
        assertThat(switcher.getAttribute("aria-label")).isEqualTo("Bahasa");
        assertThat(switcher.findElement(By.cssSelector("a[aria-current]")).getText()).isEqualTo("ID");

        browser.get(url("/l/lebak?lang=en"));
        assertThat(browser.findElement(By.cssSelector(".topbar .lang")).getAttribute("aria-label")).isEqualTo("Language");
        assertThat(browser.findElement(By.cssSelector(".topbar .lang a[aria-current]")).getText()).isEqualTo("EN");
    }

    @Test
    void theCurrentNavigationItemIsMarkedForScreenReaders() {
        Browser.signIn(browser, port, TestUsers.ADMIN, TestUsers.PASSWORD);
        browser.get(url("/app/lebak/members"));
        List<WebElement> current = browser.findElements(By.cssSelector("nav.mainnav a[aria-current='page']"));
        assertThat(current).hasSize(1);
        assertThat(current.getFirst().getAttribute("href")).endsWith("/app/lebak/members");

        browser.get(url("/app/lebak"));
        current = browser.findElements(By.cssSelector("nav.mainnav a[aria-current='page']"));
        assertThat(current).hasSize(1);
        assertThat(current.getFirst().getAttribute("href")).endsWith("/app/lebak");
    }

    @Test
    void pagesDescribeThemselvesToSearchEngines() {
        for (String page : List.of("/", "/l/lebak", "/l/lebak/standards", "/l/lebak/pengaduan?lang=en")) {
            browser.get(url(page));
            assertThat(browser.findElement(By.cssSelector("meta[name='description']")).getAttribute("content"))
                    .as(page).isNotBlank();
        }
    }

    @Test
    void robotsTxtIsPublicAndKeepsCrawlersOffTheStaffPages() throws Exception {
        HttpResponse<String> robots = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/robots.txt"))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(robots.body()).contains("User-agent: *").contains("Disallow: /app/").contains("Disallow: /api/");
    }

    private void focusByKeyboard(WebElement element) {
        // Focus from a key press, as :focus-visible (the ring) follows the keyboard.
        script("arguments[0].focus()", element);
        element.sendKeys(Keys.SHIFT);
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** WCAG contrast ratio of two CSS colours given as rgb()/rgba() (alpha ignored: both are opaque here). */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        double[] channel = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            channel[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
    }
}
