package id.serambi.membership.internal;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import id.serambi.libraries.LibraryId;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceHours;
import id.serambi.shared.Messages;

/** A library's weekly service hours as lines for the applicant ("Senin: 08:00–15:00"), in their language. */
@Component
public class HoursText {

    private final LibraryService libraries;
    private final Messages messages;

    HoursText(LibraryService libraries, Messages messages) {
        this.libraries = libraries;
        this.messages = messages;
    }

    /** One line per weekday; a single line saying so when the library has not published its hours. */
    public List<String> lines(LibraryId library, Locale language) {
        ServiceHours hours = libraries.hours(library);
        if (!hours.published()) {
            return List.of(messages.get(language, "membership.mail.hoursUnpublished"));
        }
        List<String> lines = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String open = hours.on(day).map(i -> i.opens() + "–" + i.closes())
                    .orElseGet(() -> messages.get(language, "membership.mail.closed"));
            lines.add(day.getDisplayName(TextStyle.FULL, language) + ": " + open);
        }
        return lines;
    }
}
