package id.serambi.cards.internal;

import id.serambi.cards.CardFixtures;
import id.serambi.cards.internal.render.CardStyle;
import id.serambi.libraries.Library;

/** Gives the benchmark, which lives beside the renderer, the library's default style. */
public final class CardStylesForBenchmark {

    private CardStylesForBenchmark() {
    }

    public static CardStyle defaultStyle(Library library) {
        return new CardStyles(CardFixtures.messages()).of(library,
                new DefaultDesigns(CardFixtures.messages()).forLibrary(library));
    }
}
