package id.serambi.membership.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.libraries.DocumentType;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.MemberCategory;
import id.serambi.shared.mail.Mail;
import id.serambi.shared.mail.MailText;
import id.serambi.shared.mail.Mailer;

/**
 * After a KTA Online registration is committed, e-mails the applicant (when they gave an address) the member number
 * and what to bring to the desk, in their language. The mail is composed in a read transaction and sent after it
 * ended, so a slow SMTP server holds no database connection. A failed send undoes nothing: it throws, the publication
 * stays incomplete and the mail is sent again when it is resubmitted ({@code shared.events.FailedPublications}).
 */
@Component
class ApplicantMail {

    private final MemberRepository members;
    private final LibraryService libraries;
    private final Mailer mailer;
    private final HoursText hours;
    private final TransactionTemplate reading;

    ApplicantMail(MemberRepository members, LibraryService libraries, Mailer mailer, HoursText hours,
            PlatformTransactionManager transactions) {
        this.hours = hours;
        this.members = members;
        this.libraries = libraries;
        this.mailer = mailer;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OnlineApplicationReceived event) {
        reading.execute(status -> compose(event)).ifPresent(mailer::deliver);
    }

    private Optional<Mail> compose(OnlineApplicationReceived event) {
        Library library = libraries.find(event.library()).orElseThrow();
        MemberRecord member = members.find(library.id(), event.memberNumber()).orElseThrow();
        if (!Mailer.isEmail(member.email())) {
            return Optional.empty();
        }
        Locale language = Locale.forLanguageTag(event.language());
        return Optional.of(new Mail(member.email(), language,
                MailText.of("membership.mail.subject", library.name(), member.memberNumber()),
                MailText.of("membership.mail.body", member.fullName(), library.name(), member.memberNumber(),
                        documents(library, member, language), address(library),
                        String.join("\n", hours.lines(library.id(), language).stream()
                                .map(line -> "- " + line).toList()))));
    }

    private String documents(Library library, MemberRecord member, Locale language) {
        List<DocumentType> required = libraries.categories(library.id()).stream()
                .filter(category -> category.code().equals(member.categoryCode())).findFirst()
                .map(MemberCategory::requiredDocuments).orElse(List.of());
        String lines = required.stream()
                .map(document -> "- " + mailer.text(language, MailText.of("membership.document." + document.name())))
                .collect(Collectors.joining("\n"));
        return required.isEmpty() ? mailer.text(language, MailText.of("membership.mail.noDocuments")) : lines;
    }

    private static String address(Library library) {
        String address = library.address() == null ? "" : library.address();
        return library.postalCode() == null ? address : address + " " + library.postalCode();
    }
}
