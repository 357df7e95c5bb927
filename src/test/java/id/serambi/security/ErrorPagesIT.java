package id.serambi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.support.IntegrationTest;

/**
 * The error page names the error in the page's language, in its heading and its title: both once showed the layout's
 * own title markup instead, because the layout's fragment parameter was called {@code title} like the page's model
 * attribute.
 */
@IntegrationTest
class ErrorPagesIT {

    @LocalServerPort
    int port;

    @Test
    void aRefusedRequestAndAMissingMemberAreNamedInBothLanguages() throws Exception {
        InjectionIT.Page staff = InjectionIT.Page.signIn(port);

        String badMonth = "/app/lebak/reports/monthly.pdf?month=bukan-bulan";
        assertNamed(staff.get(badMonth + "&lang=id"), 400, "Permintaan tidak sah",
                "Bulan harus ditulis TTTT-BB, misalnya 2026-11.");
        assertNamed(staff.get(badMonth + "&lang=en"), 400, "Bad request", "Write the month as YYYY-MM, e.g. 2026-11.");
        assertNamed(staff.get("/app/lebak/members/TIDAK-ADA-1?lang=id"), 404, "Tidak ditemukan", "TIDAK-ADA-1");
        assertNamed(staff.get("/app/lebak/members/TIDAK-ADA-1?lang=en"), 404, "Not found", "TIDAK-ADA-1");
    }

    /** The page names the error, says what was wrong (a refused field's own message), and keeps the staff signed in. */
    private static void assertNamed(HttpResponse<String> answer, int status, String name, String detail) {
        assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(status);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select(".status-code").text()).isEqualTo(String.valueOf(status));
        assertThat(page.select("h1").text()).isEqualTo(name);
        assertThat(page.title()).isEqualTo(name + " · Serambi");
        assertThat(page.select(".error-card").text()).contains(detail);
        assertThat(page.select("form[action=/logout]")).as("signed-in top bar").hasSize(1);
        assertThat(answer.body()).doesNotContain("th:");
    }
}
