package id.serambi.membership.internal;

import static id.serambi.support.RandomInputs.between;
import static id.serambi.support.RandomInputs.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;

import org.junit.jupiter.api.Test;

import id.serambi.regions.Region;
import id.serambi.regions.RegionDirectory;
import id.serambi.regions.RegionDirectory.Level;
import id.serambi.shared.FieldProblem;
import id.serambi.support.RandomInputs;

/**
 * Properties of the NIK check over seeded-random NIKs plus the edges (Feb 29, day+40, serials 0001/9999): real ones
 * pass, impossible ones are explained, nothing throws. A failure names its seed and case.
 */
class NikValidatorPropertiesTest {

    static final RegionDirectory REGIONS = new RegionDirectory();
    static final NikValidator VALIDATOR = new NikValidator(REGIONS);
    static final List<String> DISTRICTS = REGIONS.provinces().stream()
            .flatMap(p -> REGIONS.regenciesOf(p.code()).stream())
            .flatMap(r -> REGIONS.districtsOf(r.code()).stream()).map(Region::digits).toList();
    static final Properties BUNDLE = bundle();
    static final LocalDate FIRST_BIRTH = LocalDate.of(1920, 1, 1);

    @Test
    void aNikFromARealDistrictBirthDateAndSerialAlwaysPasses() {
        long seed = 1_001;
        List<Nik> niks = realNiks(new Random(seed), 2000);
        for (int i = 0; i < niks.size(); i++) {
            Nik nik = niks.get(i);
            NikCheck check = VALIDATOR.check(nik.text());
            String why = "seed %d case %d: %s".formatted(seed, i, nik);

            assertThat(check.problems()).as(why).isEmpty();
            assertThat(check.warnings()).as(why).isEmpty();
            assertThat(check.sex()).as(why).isEqualTo(nik.female() ? Sex.F : Sex.M);
        }
    }

    @Test
    void sixteenDigitsWithAnImpossibleDateAreRefusedWithAFieldMessage() {
        long seed = 1_002;
        Random random = new Random(seed);
        List<String> dates = new ArrayList<>(List.of("000000", "320100", "720100", "001300", "411300", "311100",
                "711100", "300200", "700200", "290201", "690299", "999999"));
        while (dates.size() < 2000) {
            String ddmmyy = "%02d%02d%02d".formatted(random.nextInt(100), random.nextInt(100), random.nextInt(100));
            if (!possible(ddmmyy)) {
                dates.add(ddmmyy);
            }
        }
        for (int i = 0; i < dates.size(); i++) {
            assertThat(possible(dates.get(i))).as(dates.get(i)).isFalse();
            String nik = RandomInputs.oneOf(random, DISTRICTS) + dates.get(i) + "%04d".formatted(between(random, 1,
                    9999));
            NikCheck check = VALIDATOR.check(nik);
            String why = "seed %d case %d: %s".formatted(seed, i, nik);

            assertThat(check.valid()).as(why).isFalse();
            assertThat(check.problems()).as(why).extracting(FieldProblem::field).containsOnly("nik");
            assertThat(check.problems()).as(why).extracting(FieldProblem::messageKey).contains("membership.nik.date");
            assertThat(check.problems()).as(why).allSatisfy(p -> assertThat(BUNDLE).containsKey(p.messageKey()));
        }
    }

    @Test
    void anyTextGetsAnAnswerNeverAnExceptionAndEveryRefusalHasAKnownMessage() {
        long seed = 1_003;
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(RandomInputs.EDGE_TEXTS);
        texts.addAll(List.of(" 3201011501900001 ", "3201011501900001\n", "٣٢٠١٠١١٥٠١٩٠٠٠٠١", "0".repeat(16),
                "9".repeat(16), "3201-0115-0190-0001", "1".repeat(15), "1".repeat(17)));
        texts.add(null);
        while (texts.size() < 3000) {
            texts.add(switch (random.nextInt(4)) {
                case 0 -> RandomInputs.anyText(random, 40);
                case 1 -> RandomInputs.textOf(random, "0123456789 \t\n-.٣०", 14, 18);
                case 2 -> RandomInputs.digits(random, 16);
                default -> null;
            });
        }
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            NikCheck check = VALIDATOR.check(text);
            String why = "seed %d case %d: %s".formatted(seed, i, show(text));

            assertThat(check.problems()).as(why).allSatisfy(p -> {
                assertThat(p.field()).isEqualTo("nik");
                assertThat(BUNDLE).containsKey(p.messageKey());
            });
            if (check.valid()) {
                assertThat(text.strip()).as(why).matches("[0-9]{16}");
                assertThat(NikValidator.mask(text.strip())).as(why).hasSize(16)
                        .doesNotContain(text.strip().substring(4, 12));
            }
        }
    }

    @Test
    void theSerialZeroIsAlwaysRefused() {
        long seed = 1_004;
        List<Nik> niks = realNiks(new Random(seed), 1000);
        for (int i = 0; i < niks.size(); i++) {
            String zero = niks.get(i).text().substring(0, 12) + "0000";

            assertThat(VALIDATOR.check(zero).problems()).as("seed %d case %d: %s", seed, i, zero)
                    .extracting(FieldProblem::messageKey).contains("membership.nik.serial");
        }
    }

    @Test
    void aNikThatIsNotSixteenDigitsIsRefusedAsFormat() {
        long seed = 1_005;
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(List.of("7", "7".repeat(15), "7".repeat(17), "7".repeat(40), "😀",
                "😀".repeat(16), "３２０１"));
        while (texts.size() < 500) {
            texts.add(RandomInputs.anyText(random, 40));
        }
        int checked = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).replaceAll("[^0-9]", "7");
            if (text.isEmpty() || text.length() == 16) {
                continue;
            }
            checked++;
            assertThat(VALIDATOR.check(text).problems()).as("seed %d case %d: %s", seed, i, text)
                    .extracting(FieldProblem::messageKey).containsExactly("membership.nik.format");
        }
        assertThat(checked).isGreaterThan(400);
    }

    record Nik(String text, boolean female) {
    }

    /** NIKs of real districts, birth dates 1920–2029 (days 1–31, or 41–71 for women) and serials 0001–9999. */
    static List<Nik> realNiks(Random random, int count) {
        assertThat(REGIONS.count(Level.DISTRICT)).isEqualTo(DISTRICTS.size());
        List<Nik> niks = new ArrayList<>(List.of(nik(DISTRICTS.getFirst(), FIRST_BIRTH, false, 1),
                nik(DISTRICTS.getLast(), LocalDate.of(2000, 2, 29), true, 9999),
                nik(DISTRICTS.getFirst(), LocalDate.of(1924, 2, 29), false, 9999),
                nik(DISTRICTS.getLast(), LocalDate.of(1999, 12, 31), true, 1),
                nik(DISTRICTS.getFirst(), FIRST_BIRTH.plusDays(365 * 110), true, 5000)));
        while (niks.size() < count) {
            niks.add(nik(RandomInputs.oneOf(random, DISTRICTS), FIRST_BIRTH.plusDays(between(random, 0, 365 * 110)),
                    random.nextBoolean(), between(random, 1, 9999)));
        }
        return niks;
    }

    static Nik nik(String district, LocalDate birth, boolean female, int serial) {
        return new Nik(district + "%02d%02d%02d%04d".formatted(birth.getDayOfMonth() + (female ? 40 : 0),
                birth.getMonthValue(), birth.getYear() % 100, serial), female);
    }

    /** Whether day/month/year parts are a date in 19yy or 20yy, for men (1–31) and women (41–71) alike. */
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
