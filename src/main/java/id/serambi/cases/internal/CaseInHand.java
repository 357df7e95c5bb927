package id.serambi.cases.internal;

import java.util.Optional;
import java.util.UUID;

import id.serambi.libraries.LibraryId;

/**
 * The case staff hold while they do one of its steps in another module (register, verify, print, record a visit or
 * a complaint): the steps that action reaches join that case. It lives for the one call on the calling thread; the
 * steps are recorded synchronously in the same transaction (see {@link CaseRecorder}).
 */
public final class CaseInHand {

    private static final ThreadLocal<Held> HELD = new ThreadLocal<>();

    private CaseInHand() {
    }

    record Held(LibraryId library, UUID caseId) {
    }

    /** Holds the case while the action runs. */
    public static <T> T holding(LibraryId library, UUID caseId, java.util.function.Supplier<T> action) {
        Held before = HELD.get();
        HELD.set(new Held(library, caseId));
        try {
            return action.get();
        } finally {
            if (before == null) {
                HELD.remove();
            } else {
                HELD.set(before);
            }
        }
    }

    /** Holds the case until {@link #release()}: for a whole request, when the caller cannot wrap the action. */
    public static void hold(LibraryId library, UUID caseId) {
        HELD.set(new Held(library, caseId));
    }

    public static void release() {
        HELD.remove();
    }

    /** The case held for the library, if any. */
    static Optional<UUID> heldFor(LibraryId library) {
        Held held = HELD.get();
        return held != null && held.library().equals(library) ? Optional.of(held.caseId()) : Optional.empty();
    }
}
