package id.serambi.accounts;

import java.util.List;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;
import id.serambi.shared.FieldProblem;

/** The username is already used by another account (409 USERNAME_TAKEN). */
public class UsernameTakenException extends DomainException {

    public UsernameTakenException(String username) {
        super(HttpStatus.CONFLICT, "USERNAME_TAKEN", List.of(FieldProblem.of("username", "error.username.taken")),
                "error.username.taken", username);
    }
}
