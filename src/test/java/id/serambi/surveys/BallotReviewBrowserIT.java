package id.serambi.surveys;

import static id.serambi.surveys.SurveyFixtures.aQuestionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.json.JsonMapper;

/** A KABID sees the questionnaires the ballot guard held out and excludes one with a reason, on the IKM pages. */
@IntegrationTest
class BallotReviewBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aKabidExcludesAFlaggedQuestionnaireWithAReason() throws Exception {
        String service = libraries.standards(libraries.require("jateng").id()).getLast().code();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(
                    "/api/v1/libraries/jateng/surveys"))).header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "192.0.2." + (100 + i))
                    .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.builder().build().writeValueAsString(
                            aQuestionnaire(service, Collections.nCopies(9, 4))))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(sent.statusCode()).isEqualTo(201);
        }
        String kabid = StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.KABID);
        browser = Browser.start();
        Browser.signIn(browser, port, kabid, TestUsers.PASSWORD);

        browser.get(url("/app/jateng/ikm"));
        WebElement heldOut = browser.findElement(By.id("held-out"));
        assertThat(heldOut.getText()).contains("menunggu keputusan");
        Browser.clickAndWaitForNextPage(browser, heldOut.findElement(By.tagName("a")));
        WebElement row = browser.findElement(By.cssSelector("#flagged tbody tr"));
        assertThat(row.getText()).contains("4 4 4 4 4 4 4 4 4", "Jawaban ekstrem yang sama beruntun");
        String serviceName = libraries.standards(libraries.require("jateng").id()).getLast().name();
        assertThat(row.findElements(By.tagName("td")).get(1).getText()).as("the service by its name")
                .isEqualTo(serviceName);
        String id = row.getAttribute("id");
        row.findElement(By.name("reason")).sendKeys("Lima jawaban semua 4 dalam satu menit");
        Browser.clickAndWaitForNextPage(browser, row.findElement(By.cssSelector("button[value=EXCLUDE]")));
        Browser.screenshot(browser, "surveys-flagged");

        WebElement decided = browser.findElement(By.id(id));
        assertThat(decided.getText()).contains("Dikeluarkan", kabid, "Lima jawaban semua 4 dalam satu menit");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
