package id.serambi.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import id.serambi.shared.Messages;

/** Issue 31 item 8: a refusal names its field by its label in the reader's language, never the internal name. */
class RejectionLabelsTest {

    private final Messages messages = new Messages(bundles());

    @Test
    void aGuardianRefusalWithNoColumnInTheFileNamesTheFieldByItsLabel() {
        List<String> header = List.of("nama", "lahir");
        List<Rejection> rejections = List.of(new Rejection(2, "guardianName", null, "membership.guardian.required",
                List.of("17"), List.of("Dimas", "2015-01-01")));

        String id = RejectedReport.csv(messages, Locale.of("id"), header, rejections);
        String en = RejectedReport.csv(messages, Locale.ENGLISH, header, rejections);

        assertThat(id.lines().toList().get(1)).startsWith("2,Nama wali,Pendaftar berusia di bawah 17 tahun")
                .doesNotContain("guardianName");
        assertThat(en.lines().toList().get(1)).startsWith("2,Guardian's name,The applicant is under 17")
                .doesNotContain("guardianName");
    }

    @Test
    void theLabelsAreTheSameInThePreview() {
        assertThat(RejectedReport.columnLabel(messages, Locale.of("id"), "guardianConsent", null))
                .isEqualTo("Nama wali");
        assertThat(RejectedReport.columnLabel(messages, Locale.ENGLISH, "row", null)).isEqualTo("Whole row");
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/imports", "i18n/membership");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
