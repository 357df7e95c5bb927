package id.serambi.membership;

import java.util.List;

/**
 * The outcome of a registration: the member number to note, the status, warnings for staff and, for KTA Online, the
 * applicant's private revision link token (shown once, stored only as a hash).
 */
public record Registered(String memberNumber, MemberStatus status, List<String> warnings, String revisionToken) {
}
