package id.serambi.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/**
 * A name stored with a right-to-left override (old data, from before input was checked) stays inside its own
 * isolated element on the staff pages: the member number beside it still reads left to right.
 */
@IntegrationTest
class UserTextBrowserIT {

    /** Whether the element's first character is drawn left of its last one, as the browser laid them out. */
    private static final String READS_LEFT_TO_RIGHT = """
            const text = arguments[0].firstChild;
            const range = document.createRange();
            range.setStart(text, 0); range.setEnd(text, 1);
            const first = range.getBoundingClientRect().left;
            range.setStart(text, text.length - 1); range.setEnd(text, text.length);
            return first < range.getBoundingClientRect().left;""";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    WebDriver browser;
    String staff;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        staff = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aRightToLeftOverrideInAStoredNameDoesNotTurnTheMemberNumberAround() {
        String number = Api.on(port).as(staff, TestUsers.PASSWORD).post("/api/v1/libraries/lebak/members",
                MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT)).json().get("memberNumber").asString();
        jdbc.sql("update member set full_name = ? || full_name where member_number = ?").params("\u202E", number)
                .update();
        Browser.signIn(browser, port, staff, TestUsers.PASSWORD);

        browser.get("http://localhost:" + port + "/app/lebak/members/" + number);
        Browser.screenshot(browser, "member-name-rtl-override");

        WebElement shown = browser.findElement(By.cssSelector(".membership-number"));
        assertThat(shown.getText()).isEqualTo(number);
        assertThat(readsLeftToRight(shown)).as("the member number beside the name reads left to right").isTrue();
        assertThat(isolated(browser.findElement(By.id("member-name")))).isTrue();

        browser.get("http://localhost:" + port + "/app/lebak/members?q=" + number);
        WebElement row = browser.findElement(By.xpath("//table//tr[td/a[text()='" + number + "']]"));
        assertThat(isolated(row.findElement(By.xpath("td[2]/*")))).isTrue();
    }

    private boolean readsLeftToRight(WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(READS_LEFT_TO_RIGHT, element);
    }

    /** Whether the element is one the browser isolates from the text around it. */
    private static boolean isolated(WebElement element) {
        return element.getTagName().equals("bdi") || "auto".equals(element.getDomAttribute("dir"));
    }
}
