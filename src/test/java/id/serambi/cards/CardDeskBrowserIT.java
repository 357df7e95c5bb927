package id.serambi.cards;

import static id.serambi.cards.CardApiFixtures.aPendingMember;
import static id.serambi.cards.CardApiFixtures.anApprovedMember;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/** No member number typed twice: the member's page and the waiting list carry the number to each card step. */
@IntegrationTest
class CardDeskBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    WebDriver browser;
    String petugas;
    Api api;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        petugas = StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.PETUGAS);
        api = Api.on(port).as(petugas, TestUsers.PASSWORD);
        Browser.signIn(browser, port, petugas, TestUsers.PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theMembersPageOffersEachStepInTurnWithTheNumberCarried() {
        String number = aPendingMember(api, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);

        browser.get(url("/app/sidoarjo/members/" + number));
        assertThat(stepButtons()).containsExactly("next-verify");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("approve")));

        assertThat(stepButtons()).containsExactly("next-print");
        Browser.screenshot(browser, "member-next-print");
        browser.findElement(By.id("next-print")).click(); // the PDF opens in a new tab
        Eventually.holds(() -> assertThat(api.get("/api/v1/libraries/sidoarjo/cards/batches").json().get(0)
                .get("memberNumbers").toString()).isEqualTo("[\"" + number + "\"]"));

        browser.get(url("/app/sidoarjo/members/" + number + "?lang=en"));
        assertThat(stepButtons()).containsExactly("next-laminate");
        assertThat(browser.findElement(By.id("next-steps")).getText()).contains("Next step", "Mark the card as laminated");
        Browser.screenshot(browser, "member-next-laminate-en");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("next-laminate")));

        assertThat(browser.getCurrentUrl()).contains("/app/sidoarjo/members/" + number);
        assertThat(stepButtons()).containsExactly("next-handover");
        Browser.screenshot(browser, "member-next-handover");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("next-handover")));

        assertThat(browser.getCurrentUrl()).contains("/app/sidoarjo/cards/handover", "memberNumber=" + number);
        assertThat(browser.findElement(By.cssSelector("input[name=memberNumber]")).getAttribute("value"))
                .isEqualTo(number);
    }

    @Test
    void theCardPageOpensOnTheMemberItIsGiven() {
        String number = anApprovedMember(api, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);

        browser.get(url("/app/sidoarjo/members/" + number));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("next-card-page")));

        assertThat(browser.findElement(By.id("member-number")).getAttribute("value")).isEqualTo(number);
        assertThat(browser.findElement(By.id("handover-number")).getAttribute("value")).isEqualTo(number);
    }

    @Test
    void theWaitingListShowsTheOldestFirstAndTakesEachCardToItsNextStep() {
        String first = anApprovedMember(api, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);
        String second = anApprovedMember(api, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);
        api.get("/api/v1/libraries/sidoarjo/members/" + first + "/card.pdf");
        api.get("/api/v1/libraries/sidoarjo/members/" + second + "/card.pdf");
        Eventually.holds(() -> assertThat(api.get("/api/v1/libraries/sidoarjo/cards/waiting").text())
                .contains(first, second));

        browser.get(url("/app/sidoarjo/cards"));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("waiting-link")));
        assertThat(browser.findElement(By.cssSelector("nav.mainnav")).getText()).contains("Kartu menunggu");
        assertThat(rowOrder()).containsSubsequence(first, second);
        assertThat(row(first).getText()).contains("Dicetak", "menit");
        Browser.screenshot(browser, "cards-waiting");
        Browser.clickAndWaitForNextPage(browser, row(first).findElement(By.cssSelector("button.next-laminate")));

        assertThat(browser.getCurrentUrl()).endsWith("/app/sidoarjo/cards/waiting");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains(first);
        assertThat(row(first).getText()).contains("Dilaminasi");
        assertThat(rowOrder()).containsSubsequence(second, first);

        browser.get(url("/app/sidoarjo/cards/waiting?lang=en"));
        assertThat(row(first).getText()).contains("Laminated", "min");
        Browser.screenshot(browser, "cards-waiting-en");
        Browser.clickAndWaitForNextPage(browser, row(first).findElement(By.cssSelector("a.next-handover")));
        assertThat(browser.getCurrentUrl()).contains("/app/sidoarjo/cards/handover", "memberNumber=" + first);
    }

    @Test
    void thePrintHistoryListsSingleCardsAndNamesTheCardsAReprintLeavesOut() {
        String kept = anApprovedMember(api, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);
        String lost = anApprovedMember(api, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);
        api.post("/api/v1/libraries/sidoarjo/cards/batch", Map.of("memberNumbers", List.of(kept, lost)));
        String fresh = api.post("/api/v1/libraries/sidoarjo/members/" + lost + "/replacement", Map.of(
                "reason", "LOST", "documents", List.of(Map.of("type", "KTP")))).json().get("memberNumber")
                .asString();
        api.get("/api/v1/libraries/sidoarjo/members/" + kept + "/card.pdf");

        browser.get(url("/app/sidoarjo/cards"));
        List<WebElement> runs = browser.findElements(By.cssSelector(".cards-numbers"));
        assertThat(runs.get(0).getText()).contains(kept);
        assertThat(browser.findElements(By.cssSelector("td .badge")).getFirst().getText()).isEqualTo("satu kartu");
        assertThat(runs.get(1).getText()).contains("Cetak ulang melewati " + lost + ": kartunya sudah diganti dengan "
                + fresh);
        new Actions(browser).scrollToElement(runs.get(1)).perform();
        Browser.screenshot(browser, "cards-history");

        browser.get(url("/app/sidoarjo/cards?lang=en"));
        WebElement leftOut = browser.findElements(By.cssSelector(".cards-numbers")).get(1);
        assertThat(leftOut.getText()).contains("A reprint leaves out " + lost + ": the card was replaced by " + fresh);
        new Actions(browser).scrollToElement(leftOut).perform();
        Browser.screenshot(browser, "cards-history-en");
    }

    private List<String> stepButtons() {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("member-status")));
        return browser.findElements(By.cssSelector("#next-steps [id^=next-]:not(#next-card-page)")).stream()
                .map(element -> element.getAttribute("id")).toList();
    }

    private List<String> rowOrder() {
        return browser.findElements(By.cssSelector("#waiting-cards tbody tr")).stream()
                .map(row -> row.getAttribute("data-member")).toList();
    }

    private WebElement row(String number) {
        return browser.findElement(By.cssSelector("#waiting-cards tr[data-member='" + number + "']"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
