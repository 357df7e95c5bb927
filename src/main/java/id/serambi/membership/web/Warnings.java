package id.serambi.membership.web;

import java.util.List;

import org.springframework.stereotype.Component;

import id.serambi.shared.Messages;

/** Turns stored warnings ({@code key} or {@code key:argument}) into sentences in the user's language. */
@Component
class Warnings {

    static final String SIMILAR = "membership.warning.similar";
    private static final String MARK = "\u0000";

    private final Messages messages;

    Warnings(Messages messages) {
        this.messages = messages;
    }

    List<String> text(List<String> warnings) {
        return warnings.stream().map(this::text).toList();
    }

    /** For pages: a warning that names a member keeps the number apart, so that the page can link it. */
    List<Line> lines(List<String> warnings) {
        return warnings.stream().map(this::line).toList();
    }

    /** A sentence around one member's number ({@code {0}} of the message), split where the number goes. */
    Line aroundNumber(String messageKey, String memberNumber) {
        String marked = messages.get(messageKey, MARK);
        int at = marked.indexOf(MARK);
        return at < 0 ? new Line(marked, null, "")
                : new Line(marked.substring(0, at), memberNumber, marked.substring(at + MARK.length()));
    }

    private Line line(String warning) {
        int colon = warning.indexOf(':');
        if (colon > 0 && warning.substring(0, colon).equals(SIMILAR)) {
            return aroundNumber(SIMILAR, warning.substring(colon + 1));
        }
        return new Line(text(warning), null, "");
    }

    private String text(String warning) {
        int colon = warning.indexOf(':');
        return colon < 0 ? messages.get(warning) : messages.get(warning.substring(0, colon),
                warning.substring(colon + 1));
    }

    /** Text, then a member's number to link (or null), then the rest. */
    record Line(String before, String memberNumber, String after) {
    }
}
