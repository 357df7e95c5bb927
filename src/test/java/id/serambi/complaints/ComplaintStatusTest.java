package id.serambi.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.serambi.libraries.Checkpoint;

class ComplaintStatusTest {

    @Test
    void followsTheProcedureOneStepAtATime() {
        assertThat(ComplaintStatus.RECEIVED.canMoveTo(ComplaintStatus.VERIFIED)).isTrue();
        assertThat(ComplaintStatus.VERIFIED.canMoveTo(ComplaintStatus.ANSWERED)).isTrue();
        assertThat(ComplaintStatus.ANSWERED.canMoveTo(ComplaintStatus.RESOLVED)).isTrue();
        assertThat(ComplaintStatus.RESOLVED.canMoveTo(ComplaintStatus.CLOSED)).isTrue();
        assertThat(ComplaintStatus.RECEIVED.canMoveTo(ComplaintStatus.ANSWERED)).isFalse();
        assertThat(ComplaintStatus.RECEIVED.canMoveTo(ComplaintStatus.CLOSED)).isFalse();
        assertThat(ComplaintStatus.CLOSED.canMoveTo(ComplaintStatus.RECEIVED)).isFalse();
        assertThat(ComplaintStatus.ANSWERED.canMoveTo(ComplaintStatus.RESOLUTION_RETURNED)).isTrue();
        assertThat(ComplaintStatus.RESOLUTION_RETURNED.canMoveTo(ComplaintStatus.RESOLVED)).isTrue();
        assertThat(ComplaintStatus.ARCHIVED.next()).isEmpty();
    }

    @Test
    void marksTheServiceTimeCheckpointsOfTheComplaintProcedure() {
        assertThat(ComplaintStatus.RECEIVED.checkpoint()).isEqualTo(Checkpoint.COMPLAINT_RECORDED);
        assertThat(ComplaintStatus.VERIFIED.checkpoint()).isEqualTo(Checkpoint.COMPLAINT_FORWARDED);
        assertThat(ComplaintStatus.ANSWERED.checkpoint()).isEqualTo(Checkpoint.COMPLAINT_ANSWERED);
        assertThat(ComplaintStatus.RESOLUTION_RETURNED.checkpoint())
                .isEqualTo(Checkpoint.COMPLAINT_RESOLUTION_RETURNED);
        assertThat(ComplaintStatus.RESOLVED.checkpoint()).isEqualTo(Checkpoint.COMPLAINT_RESOLVED);
        assertThat(ComplaintStatus.CLOSED.checkpoint()).isNull();
    }

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
