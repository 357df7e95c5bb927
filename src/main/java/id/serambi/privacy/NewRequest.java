package id.serambi.privacy;

import id.serambi.shared.MultiLine;

/**
 * A request as the member files it: {@code kind} ACCESS, CORRECTION or ERASURE; for a correction the
 * {@code field} (FULL_NAME, BIRTH_PLACE, ADDRESS, PHONE, EMAIL, INSTITUTION) and {@code proposedValue}; a reason
 * (required for correction and erasure).
 */
public record NewRequest(String kind, String field, String proposedValue, @MultiLine String reason) {
}
