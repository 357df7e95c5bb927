package id.serambi.membership.internal;

import java.util.List;

import id.serambi.membership.MemberStatus;

/**
 * The outcome of a registration: the member number to note, the status, warnings for staff and, for KTA Online, the
 * applicant's private revision link token (shown once, stored only as a hash).
 */
public record Registered(String memberNumber, MemberStatus status, List<String> warnings, String revisionToken) {
}
