package id.serambi.complaints.web;

import id.serambi.complaints.NewComplaint;
import id.serambi.shared.MultiLine;

/** The complaint form, public (channel fixed to WEBSITE) or at the desk (channel chosen by staff). */
public class ComplaintForm {

    private String channel;
    @MultiLine
    private String text;
    private String name;
    private String contact;
    private boolean anonymous;
    private boolean confidential;

    NewComplaint toComplaint(String fixedChannel) {
        return new NewComplaint(fixedChannel != null ? fixedChannel : channel, text, name, contact, anonymous,
                confidential);
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }
}
