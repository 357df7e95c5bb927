package id.serambi.shared.mail;

/** The SMTP server did not take a message; thrown so that the event publication that sent it is retried. */
public class MailNotDeliveredException extends RuntimeException {

    MailNotDeliveredException(String maskedRecipient) {
        super("E-mail to " + maskedRecipient + " not delivered; it is sent again when the publication is resubmitted");
    }
}
