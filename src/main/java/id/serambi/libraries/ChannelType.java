package id.serambi.libraries;

/** Ways a complaint can reach the library, as the standards list them. */
public enum ChannelType {
    SUGGESTION_BOX, PHONE, SMS, WHATSAPP, EMAIL, WEBSITE, FACEBOOK, INSTAGRAM, TWITTER, ADDRESS, OTHER
}
