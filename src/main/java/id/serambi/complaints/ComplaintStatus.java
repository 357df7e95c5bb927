package id.serambi.complaints;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import id.serambi.libraries.Checkpoint;

/** Where a complaint stands; {@link #canMoveTo} is the whole workflow. */
public enum ComplaintStatus {
    RECEIVED, VERIFIED, ANSWERED, RESOLVED, CLOSED, NOT_OUR_REMIT, ARCHIVED;

    private static final Map<ComplaintStatus, Set<ComplaintStatus>> NEXT = Map.of(
            RECEIVED, EnumSet.of(VERIFIED, NOT_OUR_REMIT, ARCHIVED),
            VERIFIED, EnumSet.of(ANSWERED, NOT_OUR_REMIT, ARCHIVED),
            ANSWERED, EnumSet.of(RESOLVED, ARCHIVED),
            RESOLVED, EnumSet.of(CLOSED, ARCHIVED),
            CLOSED, EnumSet.of(ARCHIVED),
            NOT_OUR_REMIT, EnumSet.of(ARCHIVED),
            ARCHIVED, EnumSet.noneOf(ComplaintStatus.class));

    private static final Map<ComplaintStatus, Checkpoint> CHECKPOINTS = Map.of(
            RECEIVED, Checkpoint.COMPLAINT_RECORDED,
            VERIFIED, Checkpoint.COMPLAINT_FORWARDED,
            ANSWERED, Checkpoint.COMPLAINT_ANSWERED,
            RESOLVED, Checkpoint.COMPLAINT_RESOLVED);

    public boolean canMoveTo(ComplaintStatus target) {
        return NEXT.get(this).contains(target);
    }

    public Set<ComplaintStatus> next() {
        return NEXT.get(this).isEmpty() ? Set.of() : EnumSet.copyOf(NEXT.get(this));
    }

    /** Someone at the library still owes the complainant a step, so a deadline runs. */
    public boolean awaitsLibrary() {
        return this == RECEIVED || this == VERIFIED || this == ANSWERED;
    }

    /** The service-time checkpoint this status marks, or null. */
    public Checkpoint checkpoint() {
        return CHECKPOINTS.get(this);
    }
}
