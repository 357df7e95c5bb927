package id.serambi.cards.internal.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.serambi.cards.CardFixtures;
import id.serambi.cards.internal.CardStylesForBenchmark;
import id.serambi.libraries.Library;

/**
 * Renders a batch of cards (each with its own photo) in-process and prints cards per second; run by
 * {@code bench/cards.sh}, not by the test suite.
 */
public final class CardBenchmark {

    private CardBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String code = args.length > 1 ? args[1] : "sidoarjo";
        Library library = CardFixtures.seedLibrary(code);
        CardStyle style = CardStylesForBenchmark.defaultStyle(library);
        byte[] photo = CardFixtures.samplePhotoJpeg();
        List<CardData> cards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cards.add(new CardData(String.valueOf(3515_2026_000000L + i), "Anggota Perpustakaan Nomor " + i,
                    "Pemilik KTP", LocalDate.of(2031, 12, 31), photo.clone()));
        }
        CardPdf.sheets(style, cards.subList(0, Math.min(count, 50)));
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            byte[] pdf = CardPdf.sheets(style, cards);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %d cards (%s, %s) in %.2f s = %.0f cards/s, PDF %.1f MB%n", round, count,
                    code, style.layout(), seconds, count / seconds, pdf.length / 1e6);
        }
    }
}
