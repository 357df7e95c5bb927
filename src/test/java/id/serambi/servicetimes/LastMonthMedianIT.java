package id.serambi.servicetimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.cases.StepReached;
import id.serambi.cases.SubjectKind;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.LibraryService;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;

/**
 * The public page of Jawa Tengah's standards shows, beside each step, last calendar month's real median. Two card
 * cases last month: requirements checked, then the form filled 600 s and 300 s later; step 3 (the form, measured from
 * the requirements) has the median 450 s = 7 min 30 s. A case this month does not count; steps without cases show
 * "—".
 */
@IntegrationTest
class LastMonthMedianIT {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    LibraryService libraries;

    @Test
    void theStandardsPageShowsLastMonthsRealMedianBesideEachStep() {
        LibraryId jateng = libraries.require("jateng").id();
        Instant lastMonth = YearMonth.now(WIB).minusMonths(1).atDay(10).atTime(9, 0).atZone(WIB).toInstant();
        String suffix = UUID.randomUUID().toString();
        record(jateng, "last-a-" + suffix, Checkpoint.REQUIREMENTS_CHECKED, lastMonth);
        record(jateng, "last-a-" + suffix, Checkpoint.FORM_FILLED, lastMonth.plusSeconds(600));
        record(jateng, "last-b-" + suffix, Checkpoint.REQUIREMENTS_CHECKED, lastMonth.plusSeconds(60));
        record(jateng, "last-b-" + suffix, Checkpoint.FORM_FILLED, lastMonth.plusSeconds(360));
        Instant now = Instant.now();
        record(jateng, "now-c-" + suffix, Checkpoint.REQUIREMENTS_CHECKED, now.minusSeconds(7200));
        record(jateng, "now-c-" + suffix, Checkpoint.FORM_FILLED, now.minusSeconds(60));

        String page = Api.on(port).get("/l/jateng/standards").text();
        String english = Api.on(port).get("/l/jateng/standards?lang=en").text();

        assertThat(page).contains("Median nyata bulan lalu");
        assertThat(lastMonthCells(page, "kta")).startsWith("—", "—", "7 menit 30 detik");
        assertThat(english).contains("Real median last month");
        assertThat(lastMonthCells(english, "kta")).startsWith("—", "—", "7 min 30 s");
    }

    /** The last-month cells of the standard's procedure table, in step order. */
    private static List<String> lastMonthCells(String page, String service) {
        int start = page.indexOf("id=\"" + service + "\"");
        assertThat(start).as("the standard " + service + " is on the page").isNotNegative();
        String article = page.substring(start, page.indexOf("</table>", start));
        Matcher cells = Pattern.compile("class=\"time last-month\">([^<]*)<").matcher(article);
        List<String> texts = new ArrayList<>();
        while (cells.find()) {
            texts.add(cells.group(1));
        }
        return texts;
    }

    private void record(LibraryId library, String member, Checkpoint checkpoint, Instant at) {
        transaction.executeWithoutResult(s -> events.publishEvent(new StepReached(library, SubjectKind.MEMBER,
                member, "DESK", checkpoint, at, null)));
    }
}
