package id.serambi.frontoffice.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.serambi.frontoffice.CardRefusedException;
import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.frontoffice.VisitChoice;
import id.serambi.frontoffice.VisitReceipt;
import id.serambi.libraries.Library;
import id.serambi.shared.DomainException;
import id.serambi.shared.Messages;

/**
 * The guest-book kiosk: a full-screen page on a PC signed in as front-desk staff. A keyboard-wedge scanner types the
 * member number and Enter; htmx posts it and swaps in the greeting or the card's problem.
 */
@Controller
@RequestMapping("/app/{lib}/kiosk")
class KioskController {

    private final FrontOfficeService frontOffice;
    private final Messages messages;

    KioskController(FrontOfficeService frontOffice, Messages messages) {
        this.frontOffice = frontOffice;
        this.messages = messages;
    }

    @GetMapping
    String kiosk(Library library, @RequestParam(required = false) String location, Model model) {
        List<VisitChoice> locations = frontOffice.locations(library.id());
        VisitChoice room = locations.stream().filter(l -> l.code().equals(location)).findFirst().orElse(null);
        model.addAttribute("library", library);
        model.addAttribute("purposes", frontOffice.purposes(library.id()));
        model.addAttribute("defaultPurpose", frontOffice.settings(library.id()).defaultPurpose());
        model.addAttribute("locations", locations);
        model.addAttribute("room", room);
        return "frontoffice/kiosk";
    }

    @PostMapping("/visits")
    String record(Library library, @ModelAttribute KioskForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            model.addAttribute("outcome", KioskOutcome.invalid(List.of(messages.get("error.field.unreadable"))));
            return "frontoffice/kiosk :: result";
        }
        try {
            VisitReceipt receipt = frontOffice.recordVisit(library, form.toVisit());
            String warning = receipt.warningCode() == null ? null
                    : VisitReceipt.FORMER_NUMBER.equals(receipt.warningCode())
                            ? messages.get("frontoffice.card.formerNumberWarning", receipt.memberNumber())
                            : messages.get("frontoffice.card.expiredWarning", receipt.memberName());
            model.addAttribute("outcome", KioskOutcome.recorded(library, receipt, warning));
        } catch (CardRefusedException refused) {
            model.addAttribute("outcome", KioskOutcome.refused(refused.code(), form.getMemberNumber(), messages));
        } catch (DomainException invalid) {
            model.addAttribute("outcome", KioskOutcome.invalid(invalid.fieldProblems().isEmpty()
                    ? List.of(messages.get(invalid.messageKey(), invalid.args()))
                    : invalid.fieldProblems().stream().map(p -> messages.get("frontoffice.kiosk.field." + p.field())
                            + ": " + messages.get(p.messageKey(), p.args())).toList()));
        }
        return "frontoffice/kiosk :: result";
    }
}
