package id.serambi.complaints;

import java.time.Instant;

import id.serambi.libraries.ChannelType;

/** A complaint as staff see it, with the complainant's identity unless it is confidential and hidden. */
public record Complaint(String trackingCode, ChannelType channel, String text, String name, String contact,
        boolean anonymous, boolean confidential, ComplaintStatus status, Instant receivedAt, Instant dueAt,
        String publicResponse) {

    public boolean isOverdue(Instant now) {
        return status.awaitsLibrary() && dueAt != null && dueAt.isBefore(now);
    }

    /** The same complaint with name and contact removed, for staff who may not see a confidential identity. */
    public Complaint withoutIdentity() {
        return new Complaint(trackingCode, channel, text, null, null, anonymous, confidential, status, receivedAt,
                dueAt, publicResponse);
    }
}
