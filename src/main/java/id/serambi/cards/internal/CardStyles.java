package id.serambi.cards.internal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.serambi.cards.CardDesign;
import id.serambi.cards.internal.render.CardLabels;
import id.serambi.cards.internal.render.CardStyle;
import id.serambi.cards.internal.render.LibraryFace;
import id.serambi.libraries.Library;

/** Turns a library and its design into a style ready to draw; cards are always printed in Bahasa Indonesia. */
@Component
public class CardStyles {

    private final MessageSource messages;

    public CardStyles(MessageSource messages) {
        this.messages = messages;
    }

    public CardStyle of(Library library, CardDesign design) {
        return CardStyle.of(design, face(library), labels());
    }

    static LibraryFace face(Library library) {
        String address = blankIfNull(library.address());
        if (library.postalCode() != null && !library.postalCode().isBlank()) {
            address = address + " " + library.postalCode();
        }
        return new LibraryFace(library.name(), address.trim(), blankIfNull(library.phone()),
                blankIfNull(library.website()), blankIfNull(library.email()));
    }

    CardLabels labels() {
        return new CardLabels(text("title"), text("memberNumber"), text("category"), text("validUntil"),
                text("rules"), text("signature"), text("phone"), text("datePattern"));
    }

    private String text(String key) {
        return messages.getMessage("cards.card." + key, null, DefaultDesigns.CARD_LANGUAGE);
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
