package id.serambi.complaints;

/**
 * A complaint as it arrives, by the public form, the API or a staff member typing in a memo or a call.
 *
 * @param channel a {@link id.serambi.libraries.ChannelType} name
 * @param anonymous the complainant gives no identity: name and contact are not kept
 * @param confidential the identity is kept but shown only to the role that answers
 */
public record NewComplaint(String channel, String text, String name, String contact, boolean anonymous,
        boolean confidential) {
}
