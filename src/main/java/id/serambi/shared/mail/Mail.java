package id.serambi.shared.mail;

import java.util.Locale;

/** One e-mail, composed (in a read transaction) before it is handed to the {@link Mailer} (outside one). */
public record Mail(String to, Locale language, MailText subject, MailText body) {
}
