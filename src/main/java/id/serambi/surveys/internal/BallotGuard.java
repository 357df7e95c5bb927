package id.serambi.surveys.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import id.serambi.libraries.LibraryId;

/**
 * Flags questionnaires that look like ballot stuffing, so they are held out of the IKM until reviewed: a burst from
 * one client address ({@value #BURST_FROM_ADDRESS} or more to one library within the window), and a burst of
 * identical all-1 or all-4 answers to one service ({@value #IDENTICAL_EXTREMES} or more within the window). Each
 * rule flags the whole burst, the first questionnaires of it too.
 */
@Component
public class BallotGuard {

    public static final Duration WINDOW = Duration.ofMinutes(10);
    public static final int BURST_FROM_ADDRESS = 10;
    public static final int IDENTICAL_EXTREMES = 5;

    /** Held in memory only: the stored key of an address cannot be turned back into it, even with the database. */
    private final byte[] key = new SecureRandom().generateSeed(32);
    private final SurveyRepository surveys;

    BallotGuard(SurveyRepository surveys) {
        this.surveys = surveys;
    }

    public String addressKey(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Called right after a questionnaire was stored, in its transaction. */
    public void check(LibraryId library, String service, List<Integer> answers, String addressKey, Instant at) {
        Instant since = at.minus(WINDOW);
        if (addressKey != null && surveys.countFromAddress(library, addressKey, since) >= BURST_FROM_ADDRESS) {
            surveys.flagFromAddress(library, addressKey, since, "BURST_FROM_ADDRESS");
        }
        if (isExtreme(answers) && surveys.countIdentical(library, service, answers, since) >= IDENTICAL_EXTREMES) {
            surveys.flagIdentical(library, service, answers, since, "IDENTICAL_EXTREMES");
        }
    }

    static boolean isExtreme(List<Integer> answers) {
        int first = answers.getFirst();
        return (first == 1 || first == 4) && answers.stream().allMatch(a -> a == first);
    }
}
