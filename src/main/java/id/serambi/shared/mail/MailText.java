package id.serambi.shared.mail;

import java.util.Arrays;
import java.util.List;

/**
 * The text of a subject or body as a message key with its arguments, resolved in the recipient's language when sent;
 * {@code appended} is text added after it as is (e.g. a list of codes), empty when none.
 */
public record MailText(String key, List<Object> args, String appended) {

    public MailText {
        args = List.copyOf(args);
        appended = appended == null ? "" : appended;
    }

    public static MailText of(String key, Object... args) {
        return new MailText(key, Arrays.asList(args), "");
    }

    /** The same text followed by {@code more}, unchanged by the language. */
    public MailText followedBy(String more) {
        return new MailText(key, args, appended + more);
    }
}
