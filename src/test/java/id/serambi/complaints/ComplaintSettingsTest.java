package id.serambi.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import id.serambi.shared.InvalidInputException;
import id.serambi.shared.security.Role;

class ComplaintSettingsTest {

    @Test
    void refusesDaysOutsideOneToSixtyAndTheAdministratorRoleFieldByField() {
        assertThatThrownBy(() -> new ComplaintSettings(0, 61, 10, Role.ADMIN).validated())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldProblems())
                        .extracting(p -> p.field()).containsExactly("verifyDays", "followUpDays", "answeringRole"));
    }
}
