package id.serambi.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.serambi.accounts.internal.StaffAuthenticationProvider;
import id.serambi.shared.security.StaffPrincipal;

/**
 * Answers an HTTP Basic header from the sign-in memory only (see the API sign-in): a hot endpoint may serve a desk
 * client whose password was checked within the minute without the whole security chain. Anything else (no header,
 * unknown or wrong password, expired memory, disabled or locked account) gives empty, and the request then takes the
 * normal way, which checks the password and answers 401 or 403 as usual.
 */
@Component
public class RememberedSignIn {

    private static final String BASIC = "Basic ";

    private final StaffAuthenticationProvider provider;

    RememberedSignIn(StaffAuthenticationProvider provider) {
        this.provider = provider;
    }

    public Optional<StaffPrincipal> fromBasicHeader(String header) {
        if (header == null || header.length() <= BASIC.length() || !header.regionMatches(true, 0, BASIC, 0,
                BASIC.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return provider.remembered(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
