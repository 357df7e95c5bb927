package id.serambi.complaints.web;

import java.time.Instant;
import java.util.List;

import id.serambi.complaints.Complaint;
import id.serambi.complaints.ComplaintStatus;
import id.serambi.complaints.ComplaintStep;
import id.serambi.libraries.ChannelType;

/** A complaint for staff through the API. */
record ComplaintResponse(String trackingCode, ChannelType channel, String text, String name, String contact,
        boolean anonymous, boolean confidential, ComplaintStatus status, Instant receivedAt, Instant dueAt,
        boolean overdue, String response, List<ComplaintStep> timeline) {

    static ComplaintResponse of(Complaint c, List<ComplaintStep> timeline, Instant now) {
        return new ComplaintResponse(c.trackingCode(), c.channel(), c.text(), c.name(), c.contact(), c.anonymous(),
                c.confidential(), c.status(), c.receivedAt(), c.dueAt(), c.isOverdue(now),
                c.publicResponse(), timeline);
    }
}
