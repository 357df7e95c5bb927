package id.serambi.complaints.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import id.serambi.complaints.Complaint;
import id.serambi.complaints.ComplaintService;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.mail.MailText;
import id.serambi.shared.mail.Mailer;
import id.serambi.shared.scheduling.Schedule;
import id.serambi.shared.scheduling.ScheduledJob;

/**
 * Every quarter of an hour: closes resolved complaints after the silent period, and tells each library (at its
 * published e-mail address) once about every complaint whose deadline has passed.
 */
@Component
@EnableConfigurationProperties(ComplaintJobProperties.class)
public class OverdueComplaintsJob implements ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueComplaintsJob.class);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final LibraryService libraries;
    private final ComplaintService service;
    private final ComplaintRepository complaints;
    private final Mailer mailer;
    private final Clock clock;
    private final ComplaintJobProperties settings;

    OverdueComplaintsJob(LibraryService libraries, ComplaintService service, ComplaintRepository complaints,
            Mailer mailer, Clock clock, ComplaintJobProperties settings) {
        this.libraries = libraries;
        this.service = service;
        this.complaints = complaints;
        this.mailer = mailer;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "complaints.overdue";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(settings.overdueCheckDelay(), settings.overdueCheckInterval());
    }

    @Override
    public void run() {
        for (Library library : libraries.all()) {
            service.closeAfterSilence(library);
            notifyOverdue(library);
        }
    }

    /** Answers how many complaints were reported. */
    public int notifyOverdue(Library library) {
        Instant now = clock.instant();
        List<Complaint> overdue = complaints.overdueNotNotified(library.id(), now);
        if (overdue.isEmpty()) {
            return 0;
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(library.timezone());
        String lines = overdue.stream().map(c -> "- " + c.trackingCode() + " (" + c.status() + ", "
                + format.format(c.dueAt()) + ")").collect(Collectors.joining("\n"));
        MailText subject = MailText.of("complaints.mail.overdueSubject", overdue.size(), library.name());
        MailText body = MailText.of("complaints.mail.overdueBody", library.code()).followedBy("\n\n" + lines);
        if (Mailer.isEmail(library.email())) {
            if (mailer.send(library.email(), INDONESIAN, subject, body) == Mailer.Delivery.FAILED) {
                return 0; // left unmarked, so the next run (a quarter of an hour later) tells the library again
            }
        } else {
            log.info("Library {} publishes no e-mail address; {}", library.code(), mailer.text(INDONESIAN, subject));
        }
        complaints.markNotified(library.id(), overdue.stream().map(Complaint::trackingCode).toList(), now);
        return overdue.size();
    }
}
