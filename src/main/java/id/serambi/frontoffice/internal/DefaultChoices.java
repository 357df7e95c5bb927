package id.serambi.frontoffice.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;

/** Every library starts with the default purposes and rooms (libraries are seeded after the migrations ran). */
@Component
class DefaultChoices {

    private final LibraryService libraries;
    private final ChoiceRepository choices;

    DefaultChoices(LibraryService libraries, ChoiceRepository choices) {
        this.libraries = libraries;
        this.choices = choices;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @Transactional
    public void giveEveryLibraryTheDefaults() {
        for (Library library : libraries.all()) {
            for (ChoiceList list : ChoiceList.values()) {
                choices.ensureDefaults(library.id(), list);
            }
        }
    }
}
