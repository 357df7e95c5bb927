package id.serambi.libraries.web;

/** One complaint channel row on the standard's edit page; an empty row adds nothing. */
public class ChannelRow {

    private String channel;
    private String contact;

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    boolean isBlank() {
        return (channel == null || channel.isBlank()) && (contact == null || contact.isBlank());
    }
}
