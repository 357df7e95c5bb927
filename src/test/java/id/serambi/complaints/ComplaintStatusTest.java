package id.serambi.complaints;

import static org.assertj.core.api.Assertions.assertThat;

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
}
