package id.serambi.membership.internal;

import java.time.LocalDate;
import java.util.List;

import id.serambi.membership.HomeRegion;
import id.serambi.membership.MemberStatus;

/** A member's row with its encrypted fields, for use cases inside the module. */
public record MemberRecord(long id, String memberNumber, Channel channel, String fullName, byte[] nikCipher,
        String nikMasked, String birthPlace, LocalDate birthDate, Sex sex, String address, HomeRegion home,
        byte[] motherNameCipher, String phoneE164, String email, String categoryCode, String institution,
        String institutionRegion, String guardianName, MemberStatus status, LocalDate registeredOn,
        LocalDate expiresOn, String replaces, String replacedBy, List<String> warnings) {

    /** How the member came in, which decides the service whose times are measured. */
    public enum Channel {
        DESK, ONLINE, REPLACEMENT
    }
}
