package id.serambi.frontoffice.internal;

import java.util.List;

/** The two lists a library keeps for its guest book, with the defaults every library starts with. */
public enum ChoiceList {
    PURPOSE("visit_purpose", "frontoffice.purpose.",
            List.of("READING", "BORROWING", "INTERNET", "ASSIGNMENT", "RESEARCH", "MEETING", "OTHER")),
    LOCATION("visit_location", "frontoffice.location.", List.of("READING_ROOM", "CHILDREN_ROOM", "INTERNET_ROOM"));

    private final String table;
    private final String messagePrefix;
    private final List<String> defaults;

    ChoiceList(String table, String messagePrefix, List<String> defaults) {
        this.table = table;
        this.messagePrefix = messagePrefix;
        this.defaults = defaults;
    }

    String table() {
        return table;
    }

    public String messageKey(String code) {
        return messagePrefix + code;
    }

    List<String> defaults() {
        return defaults;
    }
}
