package id.serambi.privacy;

import java.time.Instant;

/** What one run of the retention rules did in a library. */
public record RetentionRun(Instant ranAt, int applicationsErased, int visitsAnonymised) {
}
