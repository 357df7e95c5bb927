package id.serambi.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The workflow's shape. What each step does through the API (a step skipped is refused with 409, every step records
 * its service-time checkpoint) is in {@link ComplaintApiIT}; the table and the checkpoints themselves are not restated here.
 */
class ComplaintStatusTest {

    @Test
    void everyStatusIsReachableFromIntakeAndNoneLeadsBackOrLoops() {
        assertThat(reachableFrom(ComplaintStatus.RECEIVED))
                .isEqualTo(EnumSet.complementOf(EnumSet.of(ComplaintStatus.RECEIVED)));
        for (ComplaintStatus status : ComplaintStatus.values()) {
            assertThat(reachableFrom(status)).as("%s leads back to itself", status)
                    .allSatisfy(next -> assertThat(reachableFrom(next)).doesNotContain(status));
            assertThat(status.canMoveTo(ComplaintStatus.RECEIVED)).as(status.name()).isFalse();
        }
    }

    @Test
    void everyComplaintCanStillBeArchivedAndArchivingEndsIt() {
        for (ComplaintStatus status : EnumSet.complementOf(EnumSet.of(ComplaintStatus.ARCHIVED))) {
            assertThat(status.canMoveTo(ComplaintStatus.ARCHIVED)).as(status.name()).isTrue();
        }
        assertThat(reachableFrom(ComplaintStatus.ARCHIVED)).isEmpty();
    }

    @Test
    void theLibraryOwesAStepExactlyUntilTheComplaintIsResolvedOrLeftItsHands() {
        for (ComplaintStatus status : ComplaintStatus.values()) {
            boolean resolvable = reachableFrom(status).contains(ComplaintStatus.RESOLVED);
            boolean notOurs = status.canMoveTo(ComplaintStatus.NOT_OUR_REMIT);
            assertThat(status.awaitsLibrary()).as(status.name()).isEqualTo(resolvable || notOurs);
        }
    }

    private static Set<ComplaintStatus> reachableFrom(ComplaintStatus start) {
        Set<ComplaintStatus> seen = EnumSet.noneOf(ComplaintStatus.class);
        Deque<ComplaintStatus> todo = new ArrayDeque<>(start.next());
        while (!todo.isEmpty()) {
            ComplaintStatus status = todo.pop();
            if (seen.add(status)) {
                todo.addAll(status.next());
            }
        }
        return seen;
    }
}
