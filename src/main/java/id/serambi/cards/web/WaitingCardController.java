package id.serambi.cards.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import id.serambi.cards.CardDesk;
import id.serambi.cards.WaitingCard;
import id.serambi.libraries.Library;
import id.serambi.shared.Messages;

/** The cards printed and waiting at the desk for lamination or pick-up, longest waiting first, each with its step. */
@Controller
@RequestMapping("/app/{lib}/cards/waiting")
class WaitingCardController {

    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private final CardDesk desk;
    private final Messages messages;

    WaitingCardController(CardDesk desk, Messages messages) {
        this.desk = desk;
        this.messages = messages;
    }

    /** A waiting card with its wait said in words. */
    record Row(WaitingCard card, String waited) {
    }

    @GetMapping
    String waiting(Library library, Model model) {
        List<Row> rows = desk.waiting(library).stream().map(card -> new Row(card, waited(card.waitingSeconds())))
                .toList();
        model.addAttribute("library", library);
        model.addAttribute("rows", rows);
        return "cards/waiting";
    }

    private String waited(long seconds) {
        if (seconds >= DAY) {
            return messages.get("cards.waiting.days", seconds / DAY, seconds % DAY / HOUR);
        }
        if (seconds >= HOUR) {
            return messages.get("cards.waiting.hours", seconds / HOUR, seconds % HOUR / MINUTE);
        }
        return messages.get("cards.waiting.minutes", seconds / MINUTE);
    }
}
