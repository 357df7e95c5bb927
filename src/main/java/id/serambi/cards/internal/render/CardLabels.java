package id.serambi.cards.internal.render;

/** The fixed words printed on every card, in the card's language (Bahasa Indonesia). */
public record CardLabels(String title, String memberNumber, String category, String validUntil, String rules,
        String signature, String phone, String datePattern) {
}
