package id.serambi.frontoffice.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import id.serambi.frontoffice.VisitChoice;
import id.serambi.libraries.LibraryId;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.Messages;

/** A library's purposes and rooms with their labels in the user's language; edited by the head of section. */
@Component
public class ChoiceCatalog {

    private final ChoiceRepository choices;
    private final Messages messages;

    ChoiceCatalog(ChoiceRepository choices, Messages messages) {
        this.choices = choices;
        this.messages = messages;
    }

    public List<VisitChoice> all(LibraryId library, ChoiceList list) {
        return choices.findAll(library, list).stream()
                .map(c -> new VisitChoice(c.code(), c.name() != null ? c.name() : messages.get(list.messageKey(c.code())),
                        c.active()))
                .toList();
    }

    public String add(LibraryId library, ChoiceList list, String name) {
        String label = requireName(name);
        String code = codeOf(label);
        if (code.length() < 2 || choices.exists(library, list, code)) {
            throw InvalidInputException.of("name", "frontoffice.choice.taken");
        }
        choices.add(library, list, code, label);
        return code;
    }

    public void update(LibraryId library, ChoiceList list, String code, String name, boolean active) {
        if (!choices.exists(library, list, code)) {
            throw InvalidInputException.of("code", "frontoffice.choice.unknown");
        }
        String label = name == null || name.isBlank() ? null : requireName(name);
        // A default left as the bundle shows it stays bilingual instead of freezing one language's wording.
        boolean unchangedDefault = label != null && label.equals(messages.get(list.messageKey(code)));
        choices.update(library, list, code, unchangedDefault ? null : label, active);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            throw InvalidInputException.of("name", "frontoffice.choice.nameInvalid", 80);
        }
        return name.strip();
    }

    /** READING_ROOM from "Reading room": ASCII letters and digits, words joined by underscores. */
    static String codeOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        code = code.replaceAll("^[0-9_]+", "");
        return code.length() > 40 ? code.substring(0, 40) : code;
    }
}
