package id.serambi.cards;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cards.internal.CardCounts;
import id.serambi.libraries.Library;

/** Cards printed and handed over in a period, for the dashboard and the monthly report. */
@Service
@Transactional(readOnly = true)
public class CardStatistics {

    private final CardCounts counts;

    CardStatistics(CardCounts counts) {
        this.counts = counts;
    }

    /** Between two days of the library's calendar, both included. */
    public CardFigures between(Library library, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(library.timezone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(library.timezone()).toInstant();
        return new CardFigures(counts.printed(library.id(), start, end), counts.handedOver(library.id(), start, end));
    }

    /** How many cards were printed (reprints included) and handed over. */
    public record CardFigures(long printed, long handedOver) {
    }
}
