package id.serambi.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class UndeliveredMessagesTest {

    @Test
    void saysOnceAtStartUpWhatIsNotDelivered(CapturedOutput output) {
        UndeliveredMessages undelivered = new UndeliveredMessages("", "jdbc:postgresql://db/serambi");
        undelivered.notConfigured("no SMS gateway");
        undelivered.notConfigured("no SMTP server");

        undelivered.warnAtStartUp();

        assertThat(output.getAll().lines().filter(line -> line.contains("WARN"))).singleElement().asString()
                .contains("MESSAGES ARE NOT DELIVERED: no SMS gateway and no SMTP server").contains("dropped");
    }

    @Test
    void masksPhonesAndAddresses() {
        assertThat(UndeliveredMessages.mask("+6281234561234")).isEqualTo("****1234");
        assertThat(UndeliveredMessages.mask("budi@x.id")).isEqualTo("b***@x.id");
        assertThat(UndeliveredMessages.mask("123")).isEqualTo("****");
    }

    @Test
    void anExplicitSettingWinsOverTheDatabaseDefault(CapturedOutput output) {
        new UndeliveredMessages("true", "jdbc:postgresql://db/serambi").logged(
                org.slf4j.LoggerFactory.getLogger(getClass()), "SMS", "+6281234561234", "kode 123456");
        new UndeliveredMessages("false", "").logged(
                org.slf4j.LoggerFactory.getLogger(getClass()), "SMS", "+6281234565678", "kode 654321");

        assertThat(output.getAll()).contains("to ****1234: kode 123456").doesNotContain("654321");
    }
}
