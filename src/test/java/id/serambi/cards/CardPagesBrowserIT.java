package id.serambi.cards;

import static id.serambi.cards.CardApiFixtures.anApprovedMember;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Browser;
import id.serambi.support.CraftedImages;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CardPagesBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    WebDriver browser;
    String kasi;
    Api api;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        kasi = StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.KASI);
        api = Api.on(port).as(kasi, TestUsers.PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDeskSeesApprovedMembersWaitingAndTheCardDesignWithItsPreview() {
        String number = anApprovedMember(api, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);
        Browser.signIn(browser, port, kasi, TestUsers.PASSWORD);

        browser.get(url("/app/sidoarjo/cards"));
        Browser.screenshot(browser, "cards-queue");

        WebElement queue = browser.findElement(By.id("batch-form"));
        assertThat(queue.getText()).contains(number);
        assertThat(browser.findElement(By.id("print-selected")).isEnabled()).isFalse();
        browser.findElement(By.id("select-all")).click();
        assertThat(browser.findElement(By.id("print-selected")).isEnabled()).isTrue();

        browser.get(url("/app/sidoarjo/cards/design"));
        Browser.screenshot(browser, "cards-design");
        WebElement front = browser.findElement(By.cssSelector("img[data-preview-side=front]"));
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return arguments[0].naturalWidth", front)).intValue()).isGreaterThan(500);
    }

    @Test
    void theHandOverPageOpensWithNeitherTheFormTokenNorTheSessionInItsAddress() {
        String number = anApprovedMember(api, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);
        Browser.signIn(browser, port, kasi, TestUsers.PASSWORD);

        browser.get(url("/app/sidoarjo/cards"));
        WebElement handOver = browser.findElement(By.xpath("//button[normalize-space()='Serah terima']"));
        handOver.findElement(By.xpath("ancestor::form//input[@name='memberNumber']")).sendKeys(number);
        Browser.clickAndWaitForNextPage(browser, handOver);

        assertThat(browser.getCurrentUrl()).contains("/app/sidoarjo/cards/handover", "memberNumber=" + number)
                .doesNotContain("_csrf").doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void aCardHandedOverWithADrawnSignatureAppearsInTheDaysReceiptBook() {
        String number = anApprovedMember(api, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);
        assertThat(api.get("/api/v1/libraries/sidoarjo/members/" + number + "/card.pdf").status()).isEqualTo(200);
        Browser.signIn(browser, port, kasi, TestUsers.PASSWORD);

        browser.get(url("/app/sidoarjo/cards/handover?memberNumber=" + number));
        WebElement pad = browser.findElement(By.id("signature-pad"));
        new Actions(browser).moveToElement(pad, -120, 0).clickAndHold().moveByOffset(60, -25).moveByOffset(60, 40)
                .moveByOffset(80, -30).release().perform();
        browser.findElement(By.id("signatureName")).sendKeys("Penerima Uji");
        Browser.screenshot(browser, "cards-handover");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

        // The click returns before the browser has followed the form post and its redirect.
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().contains("/app/sidoarjo/cards/receipts"));
        Browser.screenshot(browser, "cards-receipts");
        WebElement book = browser.findElement(By.cssSelector("table.data"));
        assertThat(book.getText()).contains(number, "Penerima Uji");
        assertThat(book.findElements(By.cssSelector("img.receipt-signature"))).isNotEmpty();
    }

    @Test
    void aMemberSignsInOnAPhoneWithACodeAndSeesTheCard(CapturedOutput output) {
        String number = anApprovedMember(api, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));

        browser.get(url("/l/sidoarjo/kartu"));
        browser.findElement(By.id("memberNumber")).sendKeys(number);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("button[value=SMS]")));
        assertThat(browser.getPageSource()).contains("kode telah dikirim").doesNotContain("****");
        browser.findElement(By.id("code")).sendKeys(CardApiFixtures.lastCodeIn(output));
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

        Browser.screenshot(browser, "cards-digital");
        WebElement card = browser.findElement(By.cssSelector(".digital-card img"));
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return arguments[0].naturalWidth", card)).intValue()).isGreaterThan(500);
        assertThat(browser.findElement(By.cssSelector(".digital-card .num")).getText()).isEqualTo(number);
    }

    @Test
    void aLogoWhoseHeaderDeclaresAHugeImageIsRefusedWithTheSizeAllowed(@TempDir Path folder) throws IOException {
        Path logo = Files.write(folder.resolve("logo.png"), CraftedImages.aPngDeclaring(20_000, 20_000));
        Browser.signIn(browser, port, kasi, TestUsers.PASSWORD);

        browser.get(url("/app/sidoarjo/cards/design?lang=en"));
        browser.findElement(By.id("logo")).sendKeys(logo.toString());
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("#design-form button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector(".alert.error")).getText())
                .contains("at least 32 × 32 pixels and at most 16 million pixels");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
