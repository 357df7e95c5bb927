package id.serambi.membership.internal;

import static id.serambi.support.RandomInputs.between;
import static id.serambi.support.RandomInputs.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import id.serambi.support.RandomInputs;

/**
 * Phone numbers and member number patterns over seeded-random input plus edge cases: one answer per number, never an
 * exception. A failure names its seed and case.
 */
class ParserPropertiesTest {

    static final String PATTERN_LITERAL_CHARS = "ABCXYZ0123456789./:-";

    @Test
    void anyTextGivesAnE164NumberOrNothingAndNeverThrows() {
        long seed = 2_001;
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(RandomInputs.EDGE_TEXTS);
        texts.addAll(List.of("+", "0", "62", "+62", "08", "+0812345678", "+1234567890123456", "0".repeat(30),
                "+62 812-3456-7890", "(0812) 345678", "٠٨١٢٣٤٥٦٧٨٩"));
        texts.add(null);
        while (texts.size() < 2000) {
            texts.add(switch (random.nextInt(5)) {
                case 0 -> RandomInputs.anyText(random, 30);
                case 1 -> RandomInputs.textOf(random, "0123456789+-() ", 0, 20);
                case 2 -> "62" + RandomInputs.digits(random, between(random, 8, 16));
                case 3 -> "08" + RandomInputs.digits(random, between(random, 8, 16));
                default -> null;
            });
        }
        for (int i = 0; i < texts.size(); i++) {
            String why = "seed %d case %d: %s".formatted(seed, i, show(texts.get(i)));
            Optional<String> e164 = PhoneNumbers.toE164(texts.get(i));

            e164.ifPresent(number -> {
                assertThat(number).as(why).matches("\\+[1-9][0-9]{6,14}");
                assertThat(PhoneNumbers.toE164(number)).as(why).contains(number);
            });
        }
    }

    @Test
    void theWaysPeopleWriteAnIndonesianMobileNumberAllGiveTheSameNumber() {
        long seed = 2_002;
        Random random = new Random(seed);
        List<String> prefixes = List.of("811", "812", "813", "821", "822", "852", "853", "814", "815", "816", "855",
                "856", "857", "858", "817", "818", "819", "859", "877", "878");
        List<String> subscribers = new ArrayList<>(List.of("8110000000", "8789999999"));
        while (subscribers.size() < 1000) {
            subscribers.add(RandomInputs.oneOf(random, prefixes) + RandomInputs.digits(random, 7));
        }
        for (int i = 0; i < subscribers.size(); i++) {
            String digits = subscribers.get(i);
            Optional<String> local = PhoneNumbers.toE164("0" + digits);

            assertThat(local).as("seed %d case %d: 0%s", seed, i, digits).contains("+62" + digits);
            for (String written : List.of("+62" + digits, "62" + digits, " +62 " + digits.substring(0, 3) + "-"
                    + digits.substring(3) + " ", "(0" + digits.substring(0, 3) + ") " + digits.substring(3))) {
                assertThat(PhoneNumbers.toE164(written)).as("seed %d case %d: %s", seed, i, written)
                        .isEqualTo(local);
            }
        }
    }

    @Test
    void aMemberNumberPatternGivesDistinctNumbersThatMatchIt() {
        long seed = 2_003;
        Random random = new Random(seed);
        for (int i = 0; i < 1000; i++) {
            String text = i == 0 ? "{SEQ:1}" : i == 1 ? "{YYYY}-{SEQ:9}" : pattern(random);
            int year = i < 2 ? 2000 + 99 * i : between(random, 2000, 2099);
            long a = i == 0 ? 1 : i == 1 ? 2_000_000 : between(random, 1L, 2_000_000L);
            long b = i == 0 ? 1 : i == 1 ? 1_999_999 : random.nextInt(10) == 0 ? a : between(random, 1L, 2_000_000L);
            NumberPattern pattern = new NumberPattern(text);
            String why = "seed %d case %d: %s year %d, %d and %d".formatted(seed, i, text, year, a, b);

            String first = pattern.format(year, a);
            String second = pattern.format(year, b);

            assertThat(first.equals(second)).as(why).isEqualTo(a == b);
            assertThat(first).as(why).matches(shape(text, year));
            assertThat(first).as(why).doesNotContain("{", "}");
        }
    }

    @Test
    void consecutiveSequencesNeverRepeatANumberWithinAPeriod() {
        long seed = 2_004;
        Random random = new Random(seed);
        for (int i = 0; i < 300; i++) {
            String text = i == 0 ? "{SEQ:1}" : i == 1 ? "9{YY}9{SEQ:2}9" : pattern(random);
            int year = between(random, 2000, 2099);
            NumberPattern pattern = new NumberPattern(text);
            Set<String> seen = new HashSet<>();
            for (long sequence = 1; sequence <= 1200; sequence++) {
                assertThat(seen.add(pattern.format(year, sequence)))
                        .as("seed %d case %d: %s year %d sequence %d", seed, i, text, year, sequence).isTrue();
            }
        }
    }

    @Test
    void validatingAnyPatternTextNeverThrowsAndAValidOneCanBeUsed() {
        long seed = 2_005;
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(RandomInputs.EDGE_TEXTS);
        texts.addAll(List.of("{SEQ:0}", "{SEQ:}", "{SEQ:99999999999}", "{SEQ:1", "SEQ:1}", "{YYYY}", "{seq:3}",
                "{SEQ:1}{SEQ:1}", "{{SEQ:1}}", "{SEQ:-1}"));
        while (texts.size() < 2000) {
            texts.add(switch (random.nextInt(3)) {
                case 0 -> RandomInputs.anyText(random, 40);
                case 1 -> RandomInputs.textOf(random, "{}SEQ:YA0123456789-", 0, 25);
                default -> pattern(random);
            });
        }
        int valid = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (NumberPattern.valid(text)) {
                valid++;
                assertThat(new NumberPattern(text).format(2026, 1)).as("seed %d case %d: %s", seed, i, show(text))
                        .isNotBlank();
            }
        }
        assertThat(valid).as("generated patterns are valid").isGreaterThan(300);
    }

    /** A well-formed pattern: literal, optional year, literal, a sequence of 1–9 digits, literal. */
    static String pattern(Random random) {
        return literal(random) + RandomInputs.oneOf(random, "", "{YYYY}", "{YY}") + literal(random) + "{SEQ:"
                + between(random, 1, 9) + "}" + literal(random);
    }

    private static String literal(Random random) {
        return RandomInputs.textOf(random, PATTERN_LITERAL_CHARS, 0, 6);
    }

    /** The regular expression every number of the pattern matches in that year. */
    private static String shape(String pattern, int year) {
        String yyyy = String.valueOf(year);
        String yy = "%02d".formatted(year % 100);
        StringBuilder regex = new StringBuilder();
        java.util.regex.Matcher token = Pattern.compile("\\{YYYY}|\\{YY}|\\{SEQ:([0-9]+)}").matcher(pattern);
        int at = 0;
        while (token.find()) {
            regex.append(Pattern.quote(pattern.substring(at, token.start())));
            String found = token.group();
            regex.append(found.equals("{YYYY}") ? yyyy : found.equals("{YY}") ? yy
                    : "[0-9]{" + token.group(1) + ",}");
            at = token.end();
        }
        return regex.append(Pattern.quote(pattern.substring(at))).toString();
    }
}
