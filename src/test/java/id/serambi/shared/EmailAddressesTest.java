package id.serambi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void acceptsOrdinaryAddresses() {
        assertThat(EmailAddresses.isValid("rina@example.org")).isTrue();
        assertThat(EmailAddresses.isValid("perpus.daerah+kta@lebakkab.go.id")).isTrue();
    }

    @Test
    void refusesWhatIsNoAddress() {
        assertThat(EmailAddresses.isValid(null)).isFalse();
        assertThat(EmailAddresses.isValid("")).isFalse();
        assertThat(EmailAddresses.isValid("0812 3456 789")).isFalse();
        assertThat(EmailAddresses.isValid("rina@example")).as("no dot in the domain").isFalse();
        assertThat(EmailAddresses.isValid("@example.org")).isFalse();
        assertThat(EmailAddresses.isValid("rina@@example.org")).isFalse();
        assertThat(EmailAddresses.isValid("ri na@example.org")).isFalse();
        assertThat(EmailAddresses.isValid(" rina@example.org")).as("the caller strips").isFalse();
    }

    @Test
    void holdsToTheLengthsMailCanCarry() {
        String local64 = "a".repeat(64);
        assertThat(EmailAddresses.isValid(local64 + "@example.org")).isTrue();
        assertThat(EmailAddresses.isValid(local64 + "a@example.org")).isFalse();
        String domain = "d".repeat(254 - 64 - 1 - 4) + ".org";
        assertThat(EmailAddresses.isValid(local64 + "@" + domain)).as("254 characters").isTrue();
        assertThat(EmailAddresses.isValid(local64 + "@d" + domain)).as("255 characters").isFalse();
    }
}
