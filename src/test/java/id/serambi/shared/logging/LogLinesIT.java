package id.serambi.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import id.serambi.support.IntegrationTest;

/** Outside text in a log line, with the application's own logging set-up. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogLinesIT {

    private static final Logger log = LoggerFactory.getLogger(LogLinesIT.class);
    private static final String FORGED = "Budi\n2026-01-01T00:00:00.000Z  INFO 1 --- [serambi] FAKE\u001b]0;x\u0007\u202E";

    @Test
    void aMessageWithLineBreaksAndEscapeSequencesStaysOneLineWithVisibleEscapes(CapturedOutput output) {
        log.info("Registration from {}", FORGED);

        String line = lineWith(output, "Registration from Budi");
        assertThat(line).endsWith("Registration from Budi\\n2026-01-01T00:00:00.000Z  INFO 1 --- [serambi] FAKE"
                + "\\u001b]0;x\\u0007\\u202e");
        assertThat(output.getOut()).doesNotContain("\u001b]0;x").doesNotContain("\u202E")
                .doesNotContainPattern("(?m)^2026-01-01T00:00:00.000Z  INFO 1 --- \\[serambi\\] FAKE");
    }

    @Test
    void anExceptionMessageQuotingOutsideTextIsEscapedWhileTheTraceKeepsItsLines(CapturedOutput output) {
        log.warn("Refused", new IllegalStateException("bad name " + FORGED,
                new IllegalArgumentException("cause " + FORGED)));

        assertThat(lineWith(output, "IllegalStateException: bad name Budi"))
                .endsWith("bad name Budi\\n2026-01-01T00:00:00.000Z  INFO 1 --- [serambi] FAKE\\u001b]0;x\\u0007\\u202e");
        assertThat(lineWith(output, "Caused by: java.lang.IllegalArgumentException: cause Budi")).contains("\\n2026");
        assertThat(output.getOut()).doesNotContain("\u001b]0;x")
                .doesNotContainPattern("(?m)^2026-01-01T00:00:00.000Z  INFO 1 --- \\[serambi\\] FAKE")
                .containsPattern("(?m)^\\s+at id\\.serambi\\.shared\\.logging\\.LogLinesIT\\.");
    }

    private static String lineWith(CapturedOutput output, String text) {
        return output.getOut().lines().filter(line -> line.contains(text)).findFirst().orElseThrow(
                () -> new AssertionError("no line with " + text + " in:\n" + output.getOut()));
    }
}
