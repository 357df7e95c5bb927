package id.serambi.cards.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cards.CodeRejectedException.Reason;
import id.serambi.libraries.LibraryId;

/**
 * One try of a one-time code, in a transaction of its own: the try is counted and committed before the answer is
 * known, so a caller's transaction that rolls back with a wrong code cannot undo the count. A code allows
 * {@value OneTimeCodes#MAX_ATTEMPTS} tries; a member {@value #MAX_WRONG_PER_MEMBER} wrong tries in
 * {@value #MEMBER_PERIOD_HOURS} hours over all codes and purposes, after which their codes are refused.
 */
@Component
public class CodeTries {

    public static final int MAX_WRONG_PER_MEMBER = 10;
    public static final int MEMBER_PERIOD_HOURS = 24;
    static final Duration MEMBER_PERIOD = Duration.ofHours(MEMBER_PERIOD_HOURS);

    /** Compares the offered code with the stored hash. */
    @FunctionalInterface
    interface Matcher {
        boolean matches(String codeHash);
    }

    private final OneTimeCodeRepository codes;

    CodeTries(OneTimeCodeRepository codes) {
        this.codes = codes;
    }

    /** Counts a try of the member's newest code and answers why it failed, or empty when it was right. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Reason> tryCode(LibraryId library, String memberNumber, String purpose, Matcher offered,
            Instant now) {
        Optional<OneTimeCodeRepository.SentCode> latest = codes.latestForUpdate(library, memberNumber, purpose)
                .filter(candidate -> candidate.verifiedAt() == null);
        if (latest.isEmpty()) {
            return Optional.of(Reason.CODE_NOT_SENT);
        }
        OneTimeCodeRepository.SentCode sent = latest.get();
        if (now.isAfter(sent.expiresAt())) {
            return Optional.of(Reason.CODE_EXPIRED);
        }
        if (sent.attempts() >= OneTimeCodes.MAX_ATTEMPTS) {
            return Optional.of(Reason.CODE_TOO_MANY_ATTEMPTS);
        }
        if (locked(library, memberNumber, now)) {
            return Optional.of(Reason.CODES_LOCKED);
        }
        codes.tried(library, sent.id());
        if (!offered.matches(sent.codeHash())) {
            return Optional.of(Reason.CODE_WRONG);
        }
        codes.verified(library, sent.id(), now);
        return Optional.empty();
    }

    /** Whether the member used up their wrong tries of the period. */
    @Transactional(readOnly = true)
    public boolean locked(LibraryId library, String memberNumber, Instant now) {
        return codes.wrongTriesSince(library, memberNumber, now.minus(MEMBER_PERIOD)) >= MAX_WRONG_PER_MEMBER;
    }
}
