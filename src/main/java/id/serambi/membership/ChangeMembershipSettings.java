package id.serambi.membership;

/** Change the member number pattern ({YYYY}, {YY}, {SEQ:n}) and where renewals start (TODAY or OLD_EXPIRY). */
public record ChangeMembershipSettings(String numberPattern, String renewalFrom) {
}
