package id.serambi.cards.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cards.CodeRejectedException.Reason;
import id.serambi.libraries.LibraryId;
import id.serambi.shared.DomainException;

/**
 * The database half of sending a one-time code, in a short transaction of its own that commits before the SMS or
 * e-mail leaves: the limits checked and the code's hash stored. A code whose message could not be sent is withdrawn.
 */
@Component
class CodeIssuing {

    private final OneTimeCodeRepository codes;
    private final CodeTries tries;

    CodeIssuing(OneTimeCodeRepository codes, CodeTries tries) {
        this.codes = codes;
        this.tries = tries;
    }

    /** Stores the code when no limit holds; answers its id. */
    @Transactional
    public long issue(LibraryId library, String memberNumber, OneTimeCodes.Purpose purpose, String channel,
            String destination, String codeHash, Instant now) {
        if (codes.countSince(library, memberNumber, now.minus(Duration.ofHours(1))) >= OneTimeCodes.MAX_PER_HOUR) {
            throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_CODES", "cards.code.tooMany");
        }
        if (tries.locked(library, memberNumber, now)) {
            throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, Reason.CODES_LOCKED.name(),
                    "cards.code.CODES_LOCKED");
        }
        return codes.insert(library, memberNumber, purpose.name(), channel, destination, codeHash, now,
                Duration.ofMinutes(OneTimeCodes.MINUTES));
    }

    /** Removes a code that never reached the member: it neither counts for the hourly limit nor hides an older one. */
    @Transactional
    public void withdraw(LibraryId library, long codeId) {
        codes.delete(library, codeId);
    }
}
