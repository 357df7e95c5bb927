package id.serambi.accounts.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.shared.Messages;

/**
 * Creates the administrator at the first start: with {@code SERAMBI_ADMIN_PASSWORD} when set, otherwise with a
 * random password written once to the log. Later starts leave the account alone. A password that the staff password
 * policy refuses stops the first start with the reason.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final StaffRepository staff;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;
    private final TransactionTemplate transaction;
    private final Messages messages;

    AdminBootstrap(StaffRepository staff, PasswordEncoder encoder, TransactionTemplate transaction, Messages messages,
            @Value("${serambi.admin.username:admin}") String username,
            @Value("${serambi.admin.password:}") String password) {
        this.staff = staff;
        this.encoder = encoder;
        this.username = username.trim().toLowerCase(Locale.ROOT);
        this.password = password;
        this.transaction = transaction;
        this.messages = messages;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> createAdministratorIfMissing());
    }

    private void createAdministratorIfMissing() {
        if (staff.adminExists()) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String secret = generated ? randomPassword() : password;
        PasswordPolicy.problem(secret, List.of(username)).ifPresent(problem -> {
            throw new IllegalStateException("SERAMBI_ADMIN_PASSWORD is refused: "
                    + messages.get(Locale.ENGLISH, problem.messageKey(), problem.args())
                    + " Set a stronger SERAMBI_ADMIN_PASSWORD (at least " + PasswordPolicy.MIN_LENGTH
                    + " characters, not a common password) or leave it unset to have one generated.");
        });
        staff.insertAccount(username, encoder.encode(secret), "Administrator", true);
        if (generated) {
            log.warn("""

                    ================================================================
                     Administrator created: username '{}', password '{}'
                     This password is shown only this once. Sign in and keep it safe,
                     or set SERAMBI_ADMIN_PASSWORD before the first start.
                    ================================================================""", username, secret);
        } else {
            log.info("Administrator '{}' created with the password from SERAMBI_ADMIN_PASSWORD", username);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
