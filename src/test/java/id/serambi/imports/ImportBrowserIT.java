package id.serambi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

@IntegrationTest
class ImportBrowserIT {

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
    void theHeadOfTheLibraryUploadsPreviewsImportsAndDownloadsTheRejectedRows() {
        // The preview shows the first 20 rows (lines 2 to 21): the file is drawn again until one of them is refused (an unknown member
        // type is not refused, it goes to the default category); by chance none was in about one run in thirty.
        ImportFixtures.Generated file = ImportFixtures.aFile("slims", 60, 15);
        while (!refusedAmongTheFirst(file, 20)) {
            file = ImportFixtures.aFile("slims", 60, 15);
        }
        String head = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KEPALA);
        Browser.signIn(browser, port, head, TestUsers.PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        browser.get("http://localhost:" + port + "/app/lebak/import?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Import members");
        browser.findElement(By.id("file")).sendKeys(file.file().toString());
        browser.findElement(By.cssSelector("#import-upload button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.id("start-button")).isEmpty());
        assertThat(new Select(browser.findElement(By.id("preset"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("SLIMS");
        new Select(browser.findElement(By.id("defaultCategory"))).selectByValue("umum");
        browser.findElement(By.id("preview-button")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".import-preview tbody tr")).isEmpty());
        Browser.screenshot(browser, "import-mapping");
        assertThat(browser.findElements(By.cssSelector(".import-preview tr.rejected .problems li")))
                .hasSizeGreaterThanOrEqualTo(1);

        browser.findElement(By.id("start-button")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".import-status.done")).isEmpty());
        Browser.screenshot(browser, "import-done");
        // With a default category, the rows of an unknown member type are imported into it.
        long unknownTypes = file.bad().getOrDefault(MemberFileGenerator.Bad.MEMBER_TYPE, List.of()).size();
        assertThat(browser.findElement(By.cssSelector(".import-counts .imported")).getText())
                .isEqualTo(String.valueOf(file.rows() - file.badRows() + unknownTypes));
        assertThat(browser.findElement(By.cssSelector(".import-counts .rejected")).getText())
                .isEqualTo(String.valueOf(file.badRows() - unknownTypes));
        assertThat(browser.findElement(By.id("rejected-report")).getAttribute("href")).endsWith("/rejected.csv");

        browser.get("http://localhost:" + port + "/app/lebak/import?lang=id");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Impor anggota");
        assertThat(browser.findElement(By.cssSelector("table.data td")).getText()).isNotBlank();
    }

    @Test
    void deskStaffCannotOpenTheImportPage() {
        String desk = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        Browser.signIn(browser, port, desk, TestUsers.PASSWORD);
        browser.get("http://localhost:" + port + "/app/lebak/import");
        assertThat(browser.findElements(By.id("import-upload"))).isEmpty();
    }

    private static boolean refusedAmongTheFirst(ImportFixtures.Generated file, long rows) {
        return file.bad().entrySet().stream()
                .filter(bad -> bad.getKey() != MemberFileGenerator.Bad.MEMBER_TYPE && !bad.getKey().soft())
                .flatMap(bad -> bad.getValue().stream()).anyMatch(line -> line <= rows + 1);
    }
}
