package id.serambi.libraries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.support.Browser;
import id.serambi.support.IntegrationTest;
import id.serambi.support.TestUsers;

/** The published standard as a member of the public reads it, on a phone as well as at a desk. */
@IntegrationTest
class PublicStandardPageBrowserIT {

    static final List<String> LIBRARIES = List.of("lebak", "jateng", "barut", "sidoarjo", "banyuwangi");

    /** The last elements reaching past the screen's right edge outside a scroll box, to say what is too wide. */
    static final String WIDER_THAN_THE_SCREEN = "const edge = document.documentElement.clientWidth;"
            + "return [...document.querySelectorAll('body *')]"
            + ".filter(e => e.getBoundingClientRect().right > edge && !e.closest('.table-scroll'))"
            + ".map(e => e.tagName + '.' + e.className + ' ' + e.textContent.trim().slice(0, 40))"
            + ".slice(-3).join(' | ')";

    @LocalServerPort
    int port;

    @Autowired
    LibraryService libraries;

    @Autowired
    LibraryAdministration administration;

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
    void aLegalBasisOfSeveralLinesKeepsItsLines() {
        Library jateng = libraries.require("jateng");
        ServiceStandard current = libraries.standards(jateng.id()).getFirst();
        String legalBasis = "Undang-Undang Nomor 43 Tahun 2007 tentang Perpustakaan\n"
                + "Peraturan Pemerintah Nomor 24 Tahun 2014\nPeraturan Daerah Provinsi Jawa Tengah";
        administration.updateStandard(jateng, current.code(), withLegalBasis(current, legalBasis));

        browser.get(url("/l/jateng/standards"));
        WebElement shown = browser.findElement(By.cssSelector("#" + current.code() + " dl.components dd"));

        assertThat(shown.getText().lines()).containsExactly(legalBasis.split("\n"));
    }

    @Test
    void onAPhoneTheProcedureTableSaysItScrollsAndTakesKeyboardFocus() {
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(url("/l/lebak/standards"));
        Browser.screenshot(browser, "standards-lebak-375-id");

        WebElement box = browser.findElement(By.cssSelector("#kta .table-scroll"));
        assertThat(script("return arguments[0].scrollWidth > arguments[0].clientWidth", box))
                .as("the table is wider than the phone").isEqualTo(true);
        WebElement hint = browser.findElement(By.id("kta-scroll-hint"));
        assertThat(hint.isDisplayed()).isTrue();
        assertThat(box.getAttribute("aria-describedby")).isEqualTo("kta-scroll-hint");
        assertThat(script("arguments[0].focus(); return document.activeElement === arguments[0]", box))
                .as("the scroll box can be reached with Tab and scrolled with the arrow keys").isEqualTo(true);
    }

    @Test
    void noPublicStandardScrollsSidewaysOnAPhone() {
        for (int width : List.of(320, 375, 412)) {
            browser.manage().window().setSize(new Dimension(width, 800));
            for (String library : LIBRARIES) {
                for (String language : List.of("id", "en")) {
                    browser.get(url("/l/" + library + "/standards?lang=" + language));
                    Object pageWidth = script("return document.documentElement.scrollWidth");
                    Object viewport = script("return document.documentElement.clientWidth");
                    Object widest = script(WIDER_THAN_THE_SCREEN);
                    assertThat(((Number) pageWidth).intValue())
                            .as(library + " at " + width + " px (" + language + "): " + widest)
                            .isLessThanOrEqualTo(((Number) viewport).intValue());
                }
            }
        }
        browser.get(url("/l/sidoarjo/standards?lang=en"));
        Browser.screenshot(browser, "standards-sidoarjo-412-en");
    }

    @Test
    void contactsAreLinksToWriteOrVisit() {
        browser.get(url("/l/sidoarjo/standards"));
        assertThat(browser.findElements(By.cssSelector(".channels a[href='mailto:e-perpus@sidoarjokab.go.id']")))
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".channels a[href='https://e-perpus.sidoarjokab.go.id']")))
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(
                ".channels a[href='https://www.instagram.com/eperpus.sidoarjokab.go.id']"))).isNotEmpty();

        browser.get(url("/l/lebak/standards"));
        assertThat(browser.findElements(By.cssSelector(".hero a[href='https://diskerpus.lebakkab.go.id']")))
                .isNotEmpty();
    }

    @Test
    void serviceHoursSayTheirTimeZone() {
        browser.get(url("/l/barut/standards"));
        WebElement hours = browser.findElement(By.id("jam-layanan"));
        assertThat(hours.getText()).contains("Waktu setempat: WIB").contains("07.30 – 16.00 WIB");

        browser.get(url("/l/barut/standards?lang=en"));
        assertThat(browser.findElement(By.id("jam-layanan")).getText()).contains("Local time: WIB");
        Browser.screenshot(browser, "standards-barut-hours-en");
    }

    @Test
    void sidoarjosStepTimesAgainstItsStatedTimeAreShownWhereverTheNumbersAre() {
        browser.get(url("/l/sidoarjo/standards"));
        List<WebElement> notes = browser.findElements(By.cssSelector(".steps-differ"));
        assertThat(notes).isNotEmpty();
        assertThat(notes.getFirst().getText()).contains("26 menit").contains("10 Menit");
        browser.get(url("/l/lebak/standards"));
        assertThat(browser.findElements(By.cssSelector(".steps-differ"))).as("Lebak's steps add up").isEmpty();

        Browser.signIn(browser, port, TestUsers.ADMIN, TestUsers.PASSWORD);
        browser.get(url("/app/sidoarjo/service-times"));
        assertThat(browser.findElement(By.cssSelector(".steps-differ")).getText()).contains("26 menit")
                .contains("10 Menit");
        browser.get(url("/app/sidoarjo/dashboard?lang=en"));
        Browser.screenshot(browser, "dashboard-sidoarjo-en");
        assertThat(browser.findElement(By.cssSelector("main .alert.warning")).getText()).contains("26 min")
                .contains("10 Menit");
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static ServiceStandard withLegalBasis(ServiceStandard s, String legalBasis) {
        ServiceComponents c = s.components();
        return new ServiceStandard(s.id(), s.code(), s.kind(), s.name(), s.decreeNumber(), s.procedureSummary(),
                s.actors(), s.requirements(), s.steps(), s.completionTime(), s.fee(), s.products(),
                s.complaintHandling(), s.complaintChannels(), new ServiceComponents(legalBasis, c.facilities(),
                        c.staffCompetence(), c.internalSupervision(), c.staffCount(), c.serviceGuarantee(),
                        c.safetyGuarantee(), c.performanceEvaluation()));
    }
}
