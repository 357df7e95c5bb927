package id.serambi.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its own chromedriver (the driver path is given, so nothing is downloaded).
 * Without a browser the test is skipped on a developer machine and fails in CI ({@code CI=true}).
 */
public final class Browser {

    static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private Browser() {
    }

    public static WebDriver start() {
        Path browser = firstExisting(BROWSERS);
        Path driver = firstExisting(DRIVERS);
        if (browser == null || driver == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI needs Chromium and chromedriver (apt-get install chromium chromium-driver)");
            }
            Assumptions.abort("No Chromium or chromedriver here; browser tests skipped outside CI");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,768", "--lang=id");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return chrome;
    }

    /** Saves what the browser shows under {@code target/screenshots/}, for people to look at. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = directory.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in through the login form. */
    public static void signIn(WebDriver driver, int port, String username, String password) {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    /**
     * Clicks something that leaves the page (a form post, a link) and waits until the old page is gone, so the next
     * lookup cannot find an element of the page being left.
     */
    public static void clickAndWaitForNextPage(WebDriver driver, org.openqa.selenium.WebElement element) {
        element.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(element));
    }

    private static Path firstExisting(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    }
}
