package id.serambi.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void storesIndonesianMobilesInE164HoweverTheyAreTyped() {
        assertThat(PhoneNumbers.toE164("0812-3456-7890")).contains("+6281234567890");
        assertThat(PhoneNumbers.toE164("+62 812 3456 7890")).contains("+6281234567890");
        assertThat(PhoneNumbers.toE164("6281234567890")).contains("+6281234567890");
        assertThat(PhoneNumbers.toE164(" (0812) 3456 7890 ")).contains("+6281234567890");
    }

    @Test
    void refusesWhatIsNoPhoneNumber() {
        assertThat(PhoneNumbers.toE164("12345")).isEmpty();
        assertThat(PhoneNumbers.toE164("nomor saya")).isEmpty();
        assertThat(PhoneNumbers.toE164("")).isEmpty();
        assertThat(PhoneNumbers.toE164(null)).isEmpty();
    }

    @Test
    void bareDigitsReadWithoutTheParserGiveWhatTheParserGives() {
        java.util.Random random = new java.util.Random(20261127);
        String[] prefixes = {"0", "62", "+62", "08", "628", "+628", "0628", "00", "8"};
        int quick = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder typed = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
            int length = 5 + random.nextInt(11);
            for (int d = 0; d < length; d++) {
                typed.append((char) ('0' + random.nextInt(10)));
            }
            String number = typed.toString();
            quick += PhoneNumbers.plainMobile(number) == null ? 0 : 1;
            assertThat(PhoneNumbers.toE164(number)).as(number).isEqualTo(PhoneNumbers.viaParser(number));
        }
        assertThat(quick).as("numbers that took the quick way").isGreaterThan(5_000);
    }

    @Test
    void groupedDigitsReadWithoutTheParserGiveWhatTheParserGives() {
        java.util.Random random = new java.util.Random(20261128);
        String[] prefixes = {"0", "62", "+62", "08", "628", "+628", "(0812)", "+62 (0)8", "62 8", "0062", "8", "+1"};
        String[] separators = {" ", "-", ".", "(", ")", " - ", "", "", "", "x", "/"};
        int quick = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder typed = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
            int length = 5 + random.nextInt(11);
            for (int d = 0; d < length; d++) {
                if (random.nextInt(4) == 0) {
                    typed.append(separators[random.nextInt(separators.length)]);
                }
                typed.append((char) ('0' + random.nextInt(10)));
            }
            String number = typed.toString();
            quick += PhoneNumbers.plainMobile(PhoneNumbers.withoutSeparators(number)) == null ? 0 : 1;
            assertThat(PhoneNumbers.toE164(number)).as(number).isEqualTo(PhoneNumbers.viaParser(number));
        }
        assertThat(quick).as("numbers that took the quick way").isGreaterThan(2_500);
    }
}
