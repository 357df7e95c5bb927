package id.serambi.cases;

import java.time.Instant;
import java.util.List;

/** The waiting-area screen: the latest calls of the day, newest first, and how many tickets still wait. */
public record NowCalling(List<Call> calls, int waiting) {

    public NowCalling {
        calls = List.copyOf(calls);
    }

    /** A ticket called to a counter; {@code calls} above one means it was called again. */
    public record Call(String queueNumber, String counter, Instant at, int calls) {
    }
}
