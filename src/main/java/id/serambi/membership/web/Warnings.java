package id.serambi.membership.web;

import java.util.List;

import org.springframework.stereotype.Component;

import id.serambi.shared.Messages;

/** Turns stored warnings ({@code key} or {@code key:argument}) into sentences in the user's language. */
@Component
class Warnings {

    private final Messages messages;

    Warnings(Messages messages) {
        this.messages = messages;
    }

    List<String> text(List<String> warnings) {
        return warnings.stream().map(this::text).toList();
    }

    private String text(String warning) {
        int colon = warning.indexOf(':');
        return colon < 0 ? messages.get(warning) : messages.get(warning.substring(0, colon),
                warning.substring(colon + 1));
    }
}
