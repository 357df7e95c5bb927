package id.serambi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    private static final List<String> NEVER = List.of("\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u009b",
            "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E",
            "\u200F", "\u061C");
    private static final List<String> MULTI_LINE_ONLY = List.of("\n", "\r", "\t", "\u2028", "\u2029", "\u200B",
            "\u200C", "\u200D", "\u2060", "\uFEFF");

    @Test
    void noFieldHoldsControlCharactersOrDirectionMarks() {
        for (String c : NEVER) {
            assertThat(PlainText.refusal("Budi" + c + "Santoso", false)).as("U+%04X", (int) c.charAt(0))
                    .isEqualTo(PlainText.ONE_LINE);
            assertThat(PlainText.refusal("Budi" + c + "Santoso", true)).as("U+%04X", (int) c.charAt(0))
                    .isEqualTo(PlainText.CONTROL_CHARACTERS);
        }
    }

    @Test
    void lineBreaksTabsAndInvisibleCharactersOnlyInMultiLineFields() {
        for (String c : MULTI_LINE_ONLY) {
            assertThat(PlainText.refusal("Budi" + c + "Santoso", false)).as("U+%04X", (int) c.charAt(0))
                    .isEqualTo(PlainText.ONE_LINE);
            assertThat(PlainText.refusal("Budi" + c + "Santoso", true)).as("U+%04X", (int) c.charAt(0)).isNull();
        }
    }

    @Test
    void everydayTextIsKept() {
        for (String text : List.of("Siti Nur'aini, S.Pd.", "Jl. Multatuli No. 5, RT 02/RW 03", "عبد الله",
                "Nguyễn Thị Minh", "O'Brien-Smith 😀", "")) {
            assertThat(PlainText.refusal(text, false)).as(text).isNull();
        }
        assertThat(PlainText.refusal(null, false)).isNull();
    }
}
