package id.serambi.privacy;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/** The member's sign-in token is missing, wrong or expired (401 MEMBER_SIGN_IN_REQUIRED). */
public class MemberNotSignedInException extends DomainException {

    public MemberNotSignedInException() {
        super(HttpStatus.UNAUTHORIZED, "MEMBER_SIGN_IN_REQUIRED", "privacy.error.signInRequired");
    }
}
