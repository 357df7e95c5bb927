package id.serambi.complaints.internal;

import java.time.Instant;

import org.springframework.stereotype.Component;

import id.serambi.complaints.ComplaintSettings;
import id.serambi.complaints.ComplaintStatus;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;

/** When the next step of a complaint is due: working days counted on the library's own calendar. */
@Component
public class Deadlines {

    private final LibraryService libraries;

    Deadlines(LibraryService libraries) {
        this.libraries = libraries;
    }

    /** The deadline for leaving {@code status}, reached at {@code since}; null when no deadline runs. */
    public Instant due(Library library, ComplaintSettings settings, ComplaintStatus status, Instant since) {
        int days = settings.daysIn(status);
        if (days == 0) {
            return null;
        }
        return libraries.calendar(library).addWorkingDays(since, days).toInstant();
    }
}
