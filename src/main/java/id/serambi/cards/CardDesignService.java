package id.serambi.cards;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cards.internal.CardDesignRepository;
import id.serambi.cards.internal.CardPreviews;
import id.serambi.cards.internal.CardStyles;
import id.serambi.cards.internal.DefaultDesigns;
import id.serambi.cards.internal.UploadedImages;
import id.serambi.cards.internal.render.CardData;
import id.serambi.cards.internal.render.CardPdf;
import id.serambi.libraries.Library;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.security.CurrentStaff;

/** Each library's card design: layout, colour, logo and back text, with a preview drawn from sample data. */
@Service
@Transactional
public class CardDesignService {

    private static final int PREVIEW_DPI = 200;

    private final CardDesignRepository designs;
    private final DefaultDesigns defaults;
    private final CardStyles styles;
    private final MessageSource messages;
    private final Clock clock;

    CardDesignService(CardDesignRepository designs, DefaultDesigns defaults, CardStyles styles,
            MessageSource messages, Clock clock) {
        this.designs = designs;
        this.defaults = defaults;
        this.styles = styles;
        this.messages = messages;
        this.clock = clock;
    }

    /** The library's saved design, or its default until one is saved. */
    @Transactional(readOnly = true)
    public CardDesign design(Library library) {
        return designs.find(library.id()).orElseGet(() -> defaults.forLibrary(library));
    }

    /**
     * Saves the design. {@code logoUpload} replaces the logo when given; {@code removeLogo} drops it; otherwise the
     * current logo stays.
     */
    public CardDesign save(Library library, CardLayout layout, String colour, String backText, byte[] logoUpload,
            boolean removeLogo) {
        validate(layout, colour, backText);
        byte[] logo = logoUpload != null && logoUpload.length > 0 ? UploadedImages.normalise(logoUpload, "logo")
                : removeLogo ? null : design(library).logoPng();
        CardDesign design = new CardDesign(layout, colour.toLowerCase(java.util.Locale.ROOT), logo, backText.strip());
        designs.save(library.id(), design, Instant.now(clock), CurrentStaff.accountIdOrNull());
        return design;
    }

    /** A PNG of the front ({@code back} false) or back of a sample card in the design, exactly as it would print. */
    @Transactional(readOnly = true)
    public byte[] preview(Library library, CardDesign design, boolean back) {
        CardData sample = new CardData(sampleText("number"), sampleText("name"), sampleText("category"),
                LocalDate.now(clock).plusYears(5), null);
        byte[] pdf = CardPdf.single(styles.of(library, design), sample);
        return CardPreviews.png(pdf, back ? 1 : 0, PREVIEW_DPI);
    }

    public static void validate(CardLayout layout, String colour, String backText) {
        List<FieldProblem> problems = new ArrayList<>();
        if (layout == null) {
            problems.add(FieldProblem.of("layout", "cards.design.layoutRequired"));
        }
        if (colour == null || !CardDesign.COLOUR.matcher(colour).matches()) {
            problems.add(FieldProblem.of("primaryColour", "cards.design.colourFormat"));
        }
        if (backText == null || backText.isBlank() || backText.length() > CardDesign.BACK_TEXT_MAX) {
            problems.add(FieldProblem.of("backText", "cards.design.backTextLength", CardDesign.BACK_TEXT_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private String sampleText(String key) {
        return messages.getMessage("cards.sample." + key, null, java.util.Locale.forLanguageTag("id"));
    }
}
