package id.serambi.complaints;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import id.serambi.libraries.Checkpoint;

/** Where a complaint stands; {@link #canMoveTo} is the whole workflow. */
public enum ComplaintStatus {
    RECEIVED, VERIFIED, ANSWERED,
    /** The answer (memo and draft resolution) is back with the staff who apply it: Lebak's step 7, optional. */
    RESOLUTION_RETURNED,
    RESOLVED, CLOSED, NOT_OUR_REMIT, ARCHIVED;

    /** Statuses in which the library owes the complainant the next step. */
    public static final Set<ComplaintStatus> AWAITING_LIBRARY = Set.of(RECEIVED, VERIFIED, ANSWERED,
            RESOLUTION_RETURNED);

    private static final Map<ComplaintStatus, Set<ComplaintStatus>> NEXT = Map.of(
            RECEIVED, EnumSet.of(VERIFIED, NOT_OUR_REMIT, ARCHIVED),
            VERIFIED, EnumSet.of(ANSWERED, NOT_OUR_REMIT, ARCHIVED),
            ANSWERED, EnumSet.of(RESOLUTION_RETURNED, RESOLVED, ARCHIVED),
            RESOLUTION_RETURNED, EnumSet.of(RESOLVED, ARCHIVED),
            RESOLVED, EnumSet.of(CLOSED, ARCHIVED),
            CLOSED, EnumSet.of(ARCHIVED),
            NOT_OUR_REMIT, EnumSet.of(ARCHIVED),
            ARCHIVED, EnumSet.noneOf(ComplaintStatus.class));

    private static final Map<ComplaintStatus, Checkpoint> CHECKPOINTS = Map.of(
            RECEIVED, Checkpoint.COMPLAINT_RECORDED,
            VERIFIED, Checkpoint.COMPLAINT_FORWARDED,
            ANSWERED, Checkpoint.COMPLAINT_ANSWERED,
            RESOLUTION_RETURNED, Checkpoint.COMPLAINT_RESOLUTION_RETURNED,
            RESOLVED, Checkpoint.COMPLAINT_RESOLVED);

    public boolean canMoveTo(ComplaintStatus target) {
        return NEXT.get(this).contains(target);
    }

    public Set<ComplaintStatus> next() {
        return NEXT.get(this).isEmpty() ? Set.of() : EnumSet.copyOf(NEXT.get(this));
    }

    /** Someone at the library still owes the complainant a step, so a deadline runs. */
    public boolean awaitsLibrary() {
        return AWAITING_LIBRARY.contains(this);
    }

    /** The service-time checkpoint this status marks, or null. */
    public Checkpoint checkpoint() {
        return CHECKPOINTS.get(this);
    }
}
