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
}
