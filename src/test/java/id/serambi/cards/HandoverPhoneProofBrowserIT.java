package id.serambi.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.cards.HandoverPhoneProofApiIT.PrintedMember;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
class HandoverPhoneProofBrowserIT {

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
    void atBaritoUtaraTheCardIsHandedOverOnlyOnceTheNumberTheMemberShowsMatches() {
        String clerk = StaffFixtures.aStaffMember(accounts, libraries, "barut", Role.PETUGAS);
        PrintedMember member = HandoverPhoneProofApiIT.aMemberWithACard(Api.on(port).as(clerk, TestUsers.PASSWORD),
                "barut", HandoverPhoneProofApiIT.BARUT_DISTRICT);
        Browser.signIn(browser, port, clerk, TestUsers.PASSWORD);
        String page = url("/app/barut/cards/handover?memberNumber=" + member.number());

        browser.get(page);
        assertThat(browser.findElements(By.name("phoneConfirmed"))).as("a bare tick is not offered").isEmpty();
        submit("Penerima Uji", null);
        assertThat(problem()).contains("belum terbukti");

        submit("Penerima Uji", "0813 0000 0000");
        assertThat(problem()).contains("tidak sama");

        submit("Penerima Uji", member.phone());
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().contains("/app/barut/cards/receipts"));
        assertThat(browser.findElement(By.cssSelector("table.data")).getText()).contains(member.number());
    }

    @Test
    void aKabidTurnsTheRuleOnOnTheSettingsPage() {
        String kabid = StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.KABID);
        Browser.signIn(browser, port, kabid, TestUsers.PASSWORD);
        try {
            browser.get(url("/app/jateng/settings"));
            assertThat(browser.findElement(By.id("requiresConfirmedPhone")).isSelected()).isFalse();
            browser.findElement(By.id("requiresConfirmedPhone")).click();
            Browser.clickAndWaitForNextPage(browser,
                    browser.findElement(By.cssSelector("#handover button[type=submit]")));

            assertThat(browser.findElement(By.id("requiresConfirmedPhone")).isSelected()).isTrue();
            assertThat(libraries.handoverRequiresConfirmedPhone(libraries.require("jateng").id())).isTrue();
        } finally {
            browser.get(url("/app/jateng/settings"));
            if (browser.findElement(By.id("requiresConfirmedPhone")).isSelected()) {
                browser.findElement(By.id("requiresConfirmedPhone")).click();
                Browser.clickAndWaitForNextPage(browser,
                        browser.findElement(By.cssSelector("#handover button[type=submit]")));
            }
        }
        assertThat(libraries.handoverRequiresConfirmedPhone(libraries.require("jateng").id())).isFalse();
    }

    @Test
    void withoutAGatewayTheDeskIsToldTheCodeWasNotSent() {
        String clerk = StaffFixtures.aStaffMember(accounts, libraries, "barut", Role.PETUGAS);
        PrintedMember member = HandoverPhoneProofApiIT.aMemberWithACard(Api.on(port).as(clerk, TestUsers.PASSWORD),
                "barut", HandoverPhoneProofApiIT.BARUT_DISTRICT);
        Browser.signIn(browser, port, clerk, TestUsers.PASSWORD);

        for (String language : new String[] {"id", "en"}) {
            browser.get(url("/app/barut/cards/handover?memberNumber=" + member.number() + "&lang=" + language));
            Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("button[value=SMS]")));
            Browser.screenshot(browser, "handover-code-not-sent-" + language);
            assertThat(browser.findElements(By.cssSelector("p.alert.success"))).isEmpty();
            assertThat(problem()).isEqualTo("id".equals(language)
                    ? "Kode tidak dikirim: Serambi belum tersambung ke gateway SMS atau server e-mail. Pastikan nomor "
                            + "HP dengan cara lain."
                    : "The code was not sent: Serambi is not connected to an SMS gateway or e-mail server. Confirm "
                            + "the phone number another way.");
        }
    }

    private void submit(String name, String phoneShown) {
        browser.findElement(By.id("signatureName")).clear();
        browser.findElement(By.id("signatureName")).sendKeys(name);
        if (phoneShown != null) {
            browser.findElement(By.id("phoneShown")).sendKeys(phoneShown);
        }
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form.form button[type=submit]")));
    }

    private String problem() {
        return browser.findElement(By.cssSelector("p.alert.error[role=alert]")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
