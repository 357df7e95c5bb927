package id.serambi.libraries;

/** A complaint channel and its address as published (the document may give none). */
public record ComplaintChannel(ChannelType channel, String contact) {
}
