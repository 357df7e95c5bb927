package id.serambi.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.serambi.shared.FieldProblem;
import id.serambi.support.TestUsers;

class PasswordPolicyTest {

    private static final List<String> LEBAK = List.of("siti.aminah", "lebak",
            "Dinas Perpustakaan dan Kearsipan Kabupaten Lebak");

    @Test
    void refusesTheWeakPasswordsOfTheIssue() {
        assertThat(key("1234567890")).isEqualTo("validation.password.pattern");
        assertThat(key("aaaaaaaaaa")).isEqualTo("validation.password.pattern");
        assertThat(key("qwertyuiop")).isEqualTo("validation.password.pattern");
        assertThat(key("          ")).isEqualTo("validation.password.pattern");
        assertThat(key("password12")).isEqualTo("validation.password.common");
    }

    @Test
    void refusesCommonPasswordsWithDigitsOrSignsAroundThem() {
        assertThat(key("sunshine2024!")).isEqualTo("validation.password.common");
        assertThat(key("Princess123456")).isEqualTo("validation.password.common");
    }

    @Test
    void refusesRepeatedGroupsAndKeyboardRuns() {
        assertThat(key("abcabcabcabc")).isEqualTo("validation.password.pattern");
        assertThat(key("asdfghjkl;")).isEqualTo("validation.password.pattern");
        assertThat(key("1234554321")).isEqualTo("validation.password.pattern");
    }

    @Test
    void refusesTheUsernameTheLibraryAndTheApplicationInIt() {
        assertThat(key("Siti.Aminah-77x")).isEqualTo("validation.password.containsContext");
        assertThat(key("xq-lebak-9283")).isEqualTo("validation.password.containsContext");
        assertThat(key("kearsipan#71x")).isEqualTo("validation.password.containsContext");
        assertThat(key("serambi-zq-81")).isEqualTo("validation.password.containsContext");
    }

    @Test
    void refusesShortAndOverlongPasswords() {
        assertThat(key("k9#mQ2x")).isEqualTo("validation.password.short");
        assertThat(key(null)).isEqualTo("validation.password.short");
        assertThat(key("🦜🦜🦜🦜🦜")).as("counted in characters, not UTF-16 units").isEqualTo("validation.password.short");
        assertThat(key("k9#mQ2x".repeat(30))).isEqualTo("validation.tooLong");
    }

    @Test
    void acceptsLongUnusualPasswordsWithoutCompositionRules() {
        assertThat(PasswordPolicy.problem(TestUsers.PASSWORD, LEBAK)).isEmpty();
        assertThat(PasswordPolicy.problem("kata-sandi-kuat-1", LEBAK)).isEmpty();
        assertThat(PasswordPolicy.problem("kucing hitam di atas genteng", LEBAK)).isEmpty();
        assertThat(PasswordPolicy.problem("burung merak", LEBAK)).isEmpty();
    }

    private static String key(String password) {
        return PasswordPolicy.problem(password, LEBAK).map(FieldProblem::messageKey).orElse("accepted");
    }
}
