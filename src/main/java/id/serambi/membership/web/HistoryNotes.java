package id.serambi.membership.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import id.serambi.membership.MemberHistoryEntry;
import id.serambi.shared.Messages;

/**
 * A replacement's history note is stored as the reason code and the other card's number ({@code LOST ← 0100…});
 * pages show it as a sentence in the reader's language.
 */
@Component
class HistoryNotes {

    private static final Pattern REPLACEMENT = Pattern.compile("(LOST|DAMAGED) ([←→]) (\\S+)");

    private final Messages messages;

    HistoryNotes(Messages messages) {
        this.messages = messages;
    }

    List<MemberHistoryEntry> readable(List<MemberHistoryEntry> history) {
        return history.stream().map(h -> new MemberHistoryEntry(h.action(), note(h.note()), h.initials(),
                h.staffName(), h.at())).toList();
    }

    private String note(String note) {
        Matcher replacement = note == null ? null : REPLACEMENT.matcher(note);
        if (replacement == null || !replacement.matches()) {
            return note;
        }
        String reason = messages.get("LOST".equals(replacement.group(1)) ? "membership.life.lost"
                : "membership.life.damaged");
        String direction = "←".equals(replacement.group(2)) ? "membership.history.replaces"
                : "membership.history.replacedBy";
        return messages.get(direction, reason, replacement.group(3));
    }
}
