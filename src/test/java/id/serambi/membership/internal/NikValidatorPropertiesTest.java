package id.serambi.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

import id.serambi.regions.Region;
import id.serambi.regions.RegionDirectory;
import id.serambi.regions.RegionDirectory.Level;
import id.serambi.shared.FieldProblem;

/** Properties of the NIK check over generated NIKs: real ones pass, impossible ones are explained, nothing throws. */
class NikValidatorPropertiesTest {

    static final RegionDirectory REGIONS = new RegionDirectory();
    static final NikValidator VALIDATOR = new NikValidator(REGIONS);
    static final List<String> DISTRICTS = REGIONS.provinces().stream()
            .flatMap(p -> REGIONS.regenciesOf(p.code()).stream())
            .flatMap(r -> REGIONS.districtsOf(r.code()).stream()).map(Region::digits).toList();
    static final Properties BUNDLE = bundle();

    @Property(tries = 2000)
    void aNikFromARealDistrictBirthDateAndSerialAlwaysPasses(@ForAll("realNiks") Nik nik) {
        NikCheck check = VALIDATOR.check(nik.text());

        assertThat(check.problems()).isEmpty();
        assertThat(check.warnings()).isEmpty();
        assertThat(check.sex()).isEqualTo(nik.female() ? Sex.F : Sex.M);
    }

    @Property(tries = 2000)
    void sixteenDigitsWithAnImpossibleDateAreRefusedWithAFieldMessage(@ForAll("districts") String district,
            @ForAll("impossibleDates") String ddmmyy, @ForAll @IntRange(min = 1, max = 9999) int serial) {
        NikCheck check = VALIDATOR.check(district + ddmmyy + "%04d".formatted(serial));

        assertThat(check.valid()).isFalse();
        assertThat(check.problems()).extracting(FieldProblem::field).containsOnly("nik");
        assertThat(check.problems()).extracting(FieldProblem::messageKey).contains("membership.nik.date");
        assertThat(check.problems()).allSatisfy(p -> assertThat(BUNDLE).containsKey(p.messageKey()));
    }

    @Property(tries = 3000)
    void anyTextGetsAnAnswerNeverAnExceptionAndEveryRefusalHasAKnownMessage(@ForAll("anyText") String text) {
        NikCheck check = VALIDATOR.check(text);

        assertThat(check.problems()).allSatisfy(p -> {
            assertThat(p.field()).isEqualTo("nik");
            assertThat(BUNDLE).containsKey(p.messageKey());
        });
        if (check.valid()) {
            assertThat(text.strip()).matches("[0-9]{16}");
            assertThat(NikValidator.mask(text.strip())).hasSize(16).doesNotContain(text.strip().substring(4, 12));
        }
    }

    @Property(tries = 1000)
    void theSerialZeroIsAlwaysRefused(@ForAll("realNiks") Nik nik) {
        String zero = nik.text().substring(0, 12) + "0000";

        assertThat(VALIDATOR.check(zero).problems()).extracting(FieldProblem::messageKey)
                .contains("membership.nik.serial");
    }

    @Property(tries = 500)
    void aNikThatIsNotSixteenDigitsIsRefusedAsFormat(@ForAll @StringLength(min = 1, max = 40) String digits) {
        String text = digits.replaceAll("[^0-9]", "7");
        if (text.length() == 16) {
            return;
        }
        assertThat(VALIDATOR.check(text).problems()).extracting(FieldProblem::messageKey)
                .containsExactly("membership.nik.format");
    }

    record Nik(String text, boolean female) {
    }

    @Provide
    Arbitrary<String> districts() {
        assertThat(REGIONS.count(Level.DISTRICT)).isEqualTo(DISTRICTS.size());
        return Arbitraries.of(DISTRICTS);
    }

    @Provide
    Arbitrary<Nik> realNiks() {
        Arbitrary<LocalDate> births = Arbitraries.integers().between(0, 365 * 110)
                .map(days -> LocalDate.of(1920, 1, 1).plusDays(days));
        return Combinators.combine(districts(), births, Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 9999)).as((district, birth, female, serial) -> new Nik(
                        district + "%02d%02d%02d%04d".formatted(birth.getDayOfMonth() + (female ? 40 : 0),
                                birth.getMonthValue(), birth.getYear() % 100, serial), female));
    }

    /** Day/month/year parts that are no date in 19yy or 20yy, for men (1–31) and women (41–71) alike. */
    @Provide
    Arbitrary<String> impossibleDates() {
        return Combinators.combine(Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 99)).as((dd, mm, yy) -> "%02d%02d%02d".formatted(dd, mm, yy))
                .filter(ddmmyy -> !possible(ddmmyy));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("0123456789 \t\n-.٣०").ofMinLength(14).ofMaxLength(18),
                Arbitraries.strings().numeric().ofLength(16), Arbitraries.just(null));
    }

    private static boolean possible(String ddmmyy) {
        int dd = Integer.parseInt(ddmmyy.substring(0, 2));
        int day = dd > 40 ? dd - 40 : dd;
        int month = Integer.parseInt(ddmmyy.substring(2, 4));
        int yy = Integer.parseInt(ddmmyy.substring(4, 6));
        for (int year : new int[] {1900 + yy, 2000 + yy}) {
            if (month >= 1 && month <= 12 && day >= 1 && day <= LocalDate.of(year, month, 1).lengthOfMonth()) {
                return true;
            }
        }
        return false;
    }

    private static Properties bundle() {
        Properties properties = new Properties();
        try (InputStream in = NikValidatorPropertiesTest.class.getResourceAsStream("/i18n/membership.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
