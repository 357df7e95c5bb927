package id.serambi.complaints.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.serambi.complaints.Complaint;
import id.serambi.complaints.ComplaintFiled;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.Messages;

/** After a complaint is stored, sends its tracking code to the complainant's e-mail address, if one was given. */
@Component
class ComplaintConfirmation {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final ComplaintRepository complaints;
    private final LibraryService libraries;
    private final Mailer mailer;
    private final Messages messages;
    private final String baseUrl;

    ComplaintConfirmation(ComplaintRepository complaints, LibraryService libraries, Mailer mailer, Messages messages,
            @Value("${serambi.base-url:http://localhost:8080}") String baseUrl) {
        this.complaints = complaints;
        this.libraries = libraries;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(ComplaintFiled event) {
        Library library = libraries.find(event.library()).orElseThrow();
        Complaint complaint = complaints.find(event.library(), event.trackingCode()).orElseThrow();
        if (!Mailer.isEmail(complaint.contact())) {
            return;
        }
        String link = baseUrl + "/l/" + library.code() + "/pengaduan/" + complaint.trackingCode();
        mailer.send(complaint.contact(),
                messages.get(INDONESIAN, "complaints.mail.subject", complaint.trackingCode()),
                messages.get(INDONESIAN, "complaints.mail.body", library.name(), complaint.trackingCode(), link));
    }
}
