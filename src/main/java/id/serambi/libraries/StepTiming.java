package id.serambi.libraries;

/** How a procedure step's standard time (mutu baku) is given in the document. */
public enum StepTiming {
    /** A fixed time, e.g. "5 menit" or "@ 10 detik". */
    FIXED,
    /** "Sesuai kebutuhan": reported, never judged. */
    AS_NEEDED,
    /** The document gives no time for the step. */
    NOT_STATED
}
