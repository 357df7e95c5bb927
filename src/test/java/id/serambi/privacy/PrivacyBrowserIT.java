package id.serambi.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberStatus;
import id.serambi.membership.MemberView;
import id.serambi.membership.MembershipService;
import id.serambi.privacy.PrivacyFixtures.Member;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PrivacyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    MembershipService membership;

    WebDriver phone;
    WebDriver desk;

    @BeforeEach
    void openBrowsers() {
        phone = Browser.start();
        desk = Browser.start();
    }

    @AfterEach
    void closeBrowsers() {
        for (WebDriver browser : new WebDriver[] {phone, desk}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void aMemberAsksForErasureStaffApprovesItAndTheMembersDataIsGone(CapturedOutput output) {
        String kasi = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KASI);
        Member member = PrivacyFixtures.anApprovedMember(Api.on(port).as(kasi, TestUsers.PASSWORD));

        phone.get(url("/l/lebak/data-saya"));
        phone.findElement(By.id("memberNumber")).sendKeys(member.number());
        Browser.clickAndWaitForNextPage(phone, phone.findElement(By.cssSelector("button[value=SMS]")));
        phone.findElement(By.id("code")).sendKeys(PrivacyFixtures.lastCodeFor(output, member.phoneE164()));
        Browser.clickAndWaitForNextPage(phone, phone.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(phone.findElement(By.id("member-name")).getText()).isEqualTo(member.fullName());
        Browser.screenshot(phone, "privacy-my-data");
        phone.findElement(By.xpath("//summary[contains(., 'Penghapusan')]")).click();
        phone.findElement(By.id("erasure-reason")).sendKeys("Pindah ke luar kota");
        phone.findElement(By.id("request-erasure")).click();
        assertThat(phone.findElement(By.cssSelector(".alert.success")).getText()).contains("3×24");

        Browser.signIn(desk, port, kasi, TestUsers.PASSWORD);
        desk.get(url("/app/lebak/privacy?lang=en"));
        assertThat(desk.findElement(By.tagName("h1")).getText()).isEqualTo("Personal-data requests");
        WebElement row = desk.findElement(By.xpath("//tr[td[normalize-space()='" + member.number() + "']]"));
        assertThat(row.getText()).contains("Erasure").contains("Pindah ke luar kota");
        Browser.screenshot(desk, "privacy-queue");
        row.findElement(By.cssSelector("button[value=APPROVE]")).click();
        assertThat(desk.findElement(By.cssSelector(".alert.success")).getText()).contains("decided");

        MemberView erased = membership.find(libraries.require("lebak").id(), member.number()).orElseThrow();
        assertThat(erased.status()).isEqualTo(MemberStatus.ERASED);
        assertThat(erased.fullName()).isEqualTo("[dihapus]");
        assertThat(erased.phoneE164()).isNull();
        phone.get(url("/l/lebak/data-saya"));
        assertThat(phone.getPageSource()).doesNotContain(member.fullName());
        assertThat(phone.findElements(By.id("member-name"))).isEmpty();
        Browser.screenshot(phone, "privacy-after-erasure");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
