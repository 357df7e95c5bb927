package id.serambi.cards.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.serambi.cards.CodeRejectedException;
import id.serambi.cards.NoContactException;
import id.serambi.cards.CodeSent;
import id.serambi.libraries.Library;
import id.serambi.membership.MemberView;
import id.serambi.shared.DomainException;
import id.serambi.shared.mail.UndeliveredMessages;

/**
 * Six-digit codes sent to a member's mobile or e-mail: valid {@value #MINUTES} minutes, at most
 * {@value #MAX_ATTEMPTS} tries, at most {@value #MAX_PER_HOUR} sent an hour, none while the member is locked out
 * by {@link CodeTries} (too many wrong tries within a day); stored only as a salted hash.
 */
@Component
public class OneTimeCodes {

    public static final int MINUTES = 10;
    public static final int MAX_ATTEMPTS = 5;
    static final int MAX_PER_HOUR = 5;

    /** What a code proves. */
    public enum Purpose {
        PHONE_CHECK, DIGITAL_CARD, DATA_ACCESS
    }

    private static final Logger log = LoggerFactory.getLogger(OneTimeCodes.class);

    private final SecureRandom random = new SecureRandom();
    private final OneTimeCodeRepository codes;
    private final CodeIssuing issuing;
    private final CodeTries tries;
    private final CodeMessages messages;
    private final Clock clock;

    OneTimeCodes(OneTimeCodeRepository codes, CodeIssuing issuing, CodeTries tries, CodeMessages messages,
            Clock clock) {
        this.codes = codes;
        this.issuing = issuing;
        this.tries = tries;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Sends a fresh code by {@code SMS} or {@code EMAIL}; answers where it went (masked). The code is stored in a
     * transaction of its own that commits before the message leaves, so call this outside any transaction: an SMS
     * gateway may take ten seconds, and must not hold a pool connection meanwhile. A message that could not be sent
     * withdraws its code and is answered as before (502).
     */
    public String send(Library library, MemberView member, Purpose purpose, String channel) {
        return sendAndTell(library, member, purpose, channel).sentTo();
    }

    /** Sends as {@link #send} does, and tells whether a gateway delivered it or it only went to the log. */
    public CodeSent sendAndTell(Library library, MemberView member, Purpose purpose, String channel) {
        boolean email = "EMAIL".equals(channel);
        String destination = email ? member.email() : member.phoneE164();
        if (destination == null || destination.isBlank()) {
            throw new NoContactException(email ? "EMAIL" : "SMS");
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        long codeId = issuing.issue(library.id(), member.memberNumber(), purpose, email ? "EMAIL" : "SMS",
                destination, hash(code), Instant.now(clock));
        boolean delivered;
        try {
            delivered = email ? messages.byEmail(library, destination, code, MINUTES)
                    : messages.bySms(library, destination, code, MINUTES);
        } catch (RuntimeException notSent) {
            issuing.withdraw(library.id(), codeId);
            throw notSent;
        }
        return new CodeSent(UndeliveredMessages.mask(destination), delivered);
    }

    /**
     * Sends a code as {@link #send} does, for a member who asked anonymously: a refusal (no contact, a limit, a
     * gateway down) is not answered, so that the answer is the same as for an unknown number.
     */
    public void sendQuietly(Library library, MemberView member, Purpose purpose, String channel) {
        try {
            send(library, member, purpose, channel);
        } catch (DomainException refused) {
            log.info("One-time code not sent ({}, {})", purpose, refused.code());
        }
    }

    /**
     * Checks the code against the newest one sent. The try is counted in a transaction of its own, committed whatever
     * becomes of the caller's, so a wrong code that rolls the caller back still counts.
     */
    public void verify(Library library, String memberNumber, Purpose purpose, String code) {
        String offered = code == null ? null : code.strip();
        tries.tryCode(library.id(), memberNumber, purpose.name(), stored -> offered != null && matches(offered, stored),
                Instant.now(clock)).ifPresent(reason -> {
                    throw new CodeRejectedException(reason);
                });
    }

    /** Whether the member's phone was confirmed by a correct code within the last {@code within}. */
    public boolean phoneConfirmedWithin(Library library, String memberNumber, Duration within) {
        return codes.latest(library.id(), memberNumber, Purpose.PHONE_CHECK.name())
                .filter(sent -> "SMS".equals(sent.channel()) && sent.verifiedAt() != null)
                .filter(sent -> sent.verifiedAt().isAfter(Instant.now(clock).minus(within)))
                .isPresent();
    }

    private String hash(String code) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt) + ":" + digest(salt, code);
    }

    private static boolean matches(String code, String stored) {
        String[] parts = stored.split(":");
        String expected = digest(Base64.getDecoder().decode(parts[0]), code);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                parts[1].getBytes(StandardCharsets.US_ASCII));
    }

    private static String digest(byte[] salt, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of().formatHex(sha.digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
