package id.serambi.membership;

/** A library's member number pattern and where a renewal starts (TODAY or OLD_EXPIRY). */
public record MembershipSettingsView(String numberPattern, String renewalFrom) {
}
