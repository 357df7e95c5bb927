package id.serambi.cards.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSender;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.shared.mail.Mailer;
import id.serambi.shared.mail.UndeliveredMessages;

/** Without an SMS gateway or SMTP server, a one-time code reaches the log only where the setting allows it. */
@ExtendWith(OutputCaptureExtension.class)
class CodeMessagesTest {

    private static final Library LEBAK = new Library(LibraryId.of(1), "lebak", "Perpustakaan Lebak", "Pemkab Lebak",
            "Jl. Multatuli", "42311", null, null, null, "36.02", ZoneId.of("Asia/Jakarta"), List.of());
    private static final String PHONE = "+6281298765432";
    private static final String EMAIL = "budi.santoso@contoh.id";

    @Test
    void withTheSettingOffNeitherTheCodeNorTheContactIsLogged(CapturedOutput output) {
        CodeMessages messages = messages(new UndeliveredMessages("false", ""));

        messages.bySms(LEBAK, PHONE, "482913", 10);
        messages.byEmail(LEBAK, EMAIL, "482913", 10);

        assertThat(output.getAll()).doesNotContain("482913").doesNotContain(PHONE).doesNotContain(EMAIL)
                .contains("****5432").contains("b***@contoh.id");
    }

    @Test
    void withAPostgresqlServerAndNoSettingTheCodeIsNotLogged(CapturedOutput output) {
        CodeMessages messages = messages(new UndeliveredMessages("", "jdbc:postgresql://db:5432/serambi"));

        messages.bySms(LEBAK, PHONE, "715204", 10);

        assertThat(output.getAll()).doesNotContain("715204").doesNotContain(PHONE);
    }

    @Test
    void theEmbeddedQuickStartLogsTheCodeWithTheNumberMasked(CapturedOutput output) {
        CodeMessages messages = messages(new UndeliveredMessages("", ""));

        messages.bySms(LEBAK, PHONE, "306158", 10);

        assertThat(output.getAll()).contains("to ****5432: Kode verifikasi Perpustakaan Lebak: 306158.")
                .doesNotContain(PHONE);
    }

    private static CodeMessages messages(UndeliveredMessages undelivered) {
        StaticMessageSource texts = new StaticMessageSource();
        Locale indonesian = Locale.forLanguageTag("id");
        texts.addMessage("cards.code.text", indonesian, "Kode verifikasi {1}: {0}. Berlaku {2} menit.");
        texts.addMessage("cards.code.mailSubject", indonesian, "Kode verifikasi {0}");
        Mailer mailer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new MailProperties(), texts, "serambi@localhost", undelivered);
        return new CodeMessages("", mailer, undelivered);
    }
}
