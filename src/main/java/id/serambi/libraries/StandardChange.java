package id.serambi.libraries;

import java.time.Instant;

/**
 * When a service standard was last changed and by whom (null for the seed document).
 *
 * @param byName the staff member's name at the time of the change
 */
public record StandardChange(Instant at, Long byAccountId, String byName) {
}
