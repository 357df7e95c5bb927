package id.serambi.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Phone numbers and member number patterns over generated input: one answer per number, never an exception. */
class ParserPropertiesTest {

    @Property(tries = 2000)
    void anyTextGivesAnE164NumberOrNothingAndNeverThrows(@ForAll("phoneLikeText") String text) {
        Optional<String> e164 = PhoneNumbers.toE164(text);

        e164.ifPresent(number -> {
            assertThat(number).matches("\\+[1-9][0-9]{6,14}");
            assertThat(PhoneNumbers.toE164(number)).contains(number);
        });
    }

    @Property(tries = 1000)
    void theWaysPeopleWriteAnIndonesianMobileNumberAllGiveTheSameNumber(@ForAll("mobileSubscribers") String digits) {
        Optional<String> local = PhoneNumbers.toE164("0" + digits);

        assertThat(local).contains("+62" + digits);
        for (String written : List.of("+62" + digits, "62" + digits, " +62 " + digits.substring(0, 3) + "-"
                + digits.substring(3) + " ", "(0" + digits.substring(0, 3) + ") " + digits.substring(3))) {
            assertThat(PhoneNumbers.toE164(written)).as(written).isEqualTo(local);
        }
    }

    @Property(tries = 1000)
    void aMemberNumberPatternGivesDistinctNumbersThatMatchIt(@ForAll("patterns") String text,
            @ForAll @IntRange(min = 2000, max = 2099) int year, @ForAll @LongRange(min = 1, max = 2_000_000) long a,
            @ForAll @LongRange(min = 1, max = 2_000_000) long b) {
        NumberPattern pattern = new NumberPattern(text);

        String first = pattern.format(year, a);
        String second = pattern.format(year, b);

        assertThat(first.equals(second)).isEqualTo(a == b);
        assertThat(first).matches(shape(text, year));
        assertThat(first).doesNotContain("{", "}");
    }

    @Property(tries = 300)
    void consecutiveSequencesNeverRepeatANumberWithinAPeriod(@ForAll("patterns") String text,
            @ForAll @IntRange(min = 2000, max = 2099) int year) {
        NumberPattern pattern = new NumberPattern(text);
        Set<String> seen = new HashSet<>();
        for (long sequence = 1; sequence <= 1200; sequence++) {
            assertThat(seen.add(pattern.format(year, sequence))).isTrue();
        }
    }

    @Property(tries = 2000)
    void validatingAnyPatternTextNeverThrowsAndAValidOneCanBeUsed(@ForAll("patternText") String text) {
        if (NumberPattern.valid(text)) {
            assertThat(new NumberPattern(text).format(2026, 1)).isNotBlank();
        }
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

    @Provide
    Arbitrary<String> phoneLikeText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withChars("0123456789+-() ").ofMaxLength(20),
                Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(16).map(d -> "62" + d),
                Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(16).map(d -> "08" + d),
                Arbitraries.just(null));
    }

    /** Subscriber numbers of Telkomsel, Indosat and XL mobile ranges, 9 to 11 digits after the leading 0. */
    @Provide
    Arbitrary<String> mobileSubscribers() {
        return Combinators.combine(Arbitraries.of("811", "812", "813", "821", "822", "852", "853", "814", "815",
                "816", "855", "856", "857", "858", "817", "818", "819", "859", "877", "878"),
                Arbitraries.strings().numeric().ofLength(7)).as((prefix, rest) -> prefix + rest);
    }

    @Provide
    Arbitrary<String> patterns() {
        Arbitrary<String> literal = Arbitraries.strings().withChars("ABCXYZ0123456789./:-").ofMaxLength(6);
        Arbitrary<String> year = Arbitraries.of("", "{YYYY}", "{YY}");
        return Combinators.combine(literal, year, literal, Arbitraries.integers().between(1, 9), literal)
                .as((a, y, b, n, c) -> a + y + b + "{SEQ:" + n + "}" + c);
    }

    @Provide
    Arbitrary<String> patternText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("{}SEQ:YA0123456789-").ofMaxLength(25), patterns());
    }
}
