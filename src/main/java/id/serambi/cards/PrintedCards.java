package id.serambi.cards;

import java.time.LocalDate;
import java.util.List;

/**
 * A print as drawn: the PDF, the run it was recorded as (its id and the library's day, which name the file) and the
 * cards of a reprinted batch that were left out.
 */
public record PrintedCards(byte[] pdf, long batchId, LocalDate day, List<String> memberNumbers, boolean single,
        List<LeftOut> leftOut) {

    /**
     * The file name: one card by its number ({@code kta-LEBAK-2026-000001.pdf}), a batch by the library, the day and
     * the run ({@code kta-lebak-2026-12-08-batch-17.pdf}), so that a day's batches do not overwrite each other.
     */
    public String fileName(String libraryCode) {
        return single ? "kta-" + memberNumbers.getFirst() + ".pdf"
                : "kta-" + libraryCode + "-" + day + "-batch-" + batchId + ".pdf";
    }
}
