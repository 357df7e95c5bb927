package id.serambi.complaints.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.complaints.Complaint;
import id.serambi.complaints.ComplaintFiled;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.mail.Mail;
import id.serambi.shared.mail.MailText;
import id.serambi.shared.mail.Mailer;

/**
 * After a complaint is stored, sends its tracking code to the complainant's e-mail address, if one was given: read in a
 * transaction, sent after it ended (no connection held while the SMTP server answers). A failing server throws, so
 * that the publication stays incomplete and the mail is sent when it is resubmitted.
 */
@Component
class ComplaintConfirmation {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final ComplaintRepository complaints;
    private final LibraryService libraries;
    private final Mailer mailer;
    private final String baseUrl;
    private final TransactionTemplate reading;

    ComplaintConfirmation(ComplaintRepository complaints, LibraryService libraries, Mailer mailer,
            @Value("${serambi.base-url:http://localhost:8080}") String baseUrl,
            PlatformTransactionManager transactions) {
        this.complaints = complaints;
        this.libraries = libraries;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ComplaintFiled event) {
        reading.execute(status -> compose(event)).ifPresent(mailer::deliver);
    }

    private Optional<Mail> compose(ComplaintFiled event) {
        Library library = libraries.find(event.library()).orElseThrow();
        Complaint complaint = complaints.find(event.library(), event.trackingCode()).orElseThrow();
        if (!Mailer.isEmail(complaint.contact())) {
            return Optional.empty();
        }
        String link = baseUrl + "/l/" + library.code() + "/pengaduan/" + complaint.trackingCode();
        return Optional.of(new Mail(complaint.contact(), INDONESIAN,
                MailText.of("complaints.mail.subject", complaint.trackingCode()),
                MailText.of("complaints.mail.body", library.name(), complaint.trackingCode(), link)));
    }
}
