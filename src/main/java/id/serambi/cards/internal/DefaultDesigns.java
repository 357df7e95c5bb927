package id.serambi.cards.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.serambi.cards.CardDesign;
import id.serambi.cards.CardLayout;
import id.serambi.libraries.Library;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The design a library has until its staff save their own: layout and colour from a seed file, standard rules. */
@Component
public class DefaultDesigns {

    static final Locale CARD_LANGUAGE = Locale.forLanguageTag("id");

    record Seed(CardLayout layout, String colour) {
    }

    private final Map<String, Seed> seeds;
    private final MessageSource messages;

    public DefaultDesigns(MessageSource messages) {
        this.messages = messages;
        this.seeds = load();
    }

    public CardDesign forLibrary(Library library) {
        Seed seed = seeds.getOrDefault(library.code(), seeds.get("default"));
        return new CardDesign(seed.layout(), seed.colour(), null, backText(library));
    }

    private String backText(Library library) {
        String address = library.address() == null ? "" : library.address();
        return messages.getMessage("cards.card.defaultBackText", new Object[] {library.name(), address},
                CARD_LANGUAGE);
    }

    private static Map<String, Seed> load() {
        try (InputStream in = DefaultDesigns.class.getResourceAsStream("/cards/default-designs.yml")) {
            return new YAMLMapper().readValue(in, new TypeReference<Map<String, Seed>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
