package id.serambi.cards.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.serambi.cards.CardService;
import id.serambi.cards.CodeRejectedException;
import id.serambi.cards.DigitalCardService;
import id.serambi.libraries.Library;
import id.serambi.libraries.PublicLibrary;
import id.serambi.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** The member's digital card on a phone: member number, a one-time code, then the card ready to scan. */
@Controller
@RequestMapping("/l/{lib}/kartu")
class DigitalCardController {

    private final DigitalCardService digital;
    private final CardService cards;

    DigitalCardController(DigitalCardService digital, CardService cards) {
        this.digital = digital;
        this.cards = cards;
    }

    @GetMapping
    String page(@PublicLibrary Library library, HttpSession session, Model model) {
        model.addAttribute("library", library);
        String number = signedIn(library, session);
        if (number == null) {
            return "cards/digital-sign-in";
        }
        try {
            model.addAttribute("member", digital.member(library, number));
        } catch (DomainException noLongerValid) {
            session.removeAttribute(key(library));
            model.addAttribute("problem", "cards.digital.noLongerValid");
            return "cards/digital-sign-in";
        }
        return "cards/digital-card";
    }

    @PostMapping("/kode")
    String sendCode(@PublicLibrary Library library, @RequestParam String memberNumber,
            @RequestParam(defaultValue = "SMS") String channel, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("memberNumber", memberNumber.strip());
        digital.sendCode(library, memberNumber, channel);
        return "cards/digital-code";
    }

    @PostMapping("/masuk")
    String signIn(@PublicLibrary Library library, @RequestParam String memberNumber, @RequestParam String code,
            HttpServletRequest request, Model model) {
        try {
            digital.signIn(library, memberNumber, code);
        } catch (CodeRejectedException refused) {
            model.addAttribute("library", library);
            model.addAttribute("memberNumber", memberNumber.strip());
            model.addAttribute("problem", refused.messageKey());
            return "cards/digital-code";
        }
        request.changeSessionId();
        request.getSession().setAttribute(key(library), memberNumber.strip());
        return "redirect:/l/" + library.code() + "/kartu";
    }

    @PostMapping("/keluar")
    String signOut(@PublicLibrary Library library, HttpSession session) {
        session.removeAttribute(key(library));
        return "redirect:/l/" + library.code() + "/kartu";
    }

    @GetMapping(path = "/kartu.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> card(@PublicLibrary Library library, HttpSession session) {
        String number = signedIn(library, session);
        if (number == null) {
            return ResponseEntity.status(401).build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(cards.digitalCard(library, number));
    }

    private static String signedIn(Library library, HttpSession session) {
        return (String) session.getAttribute(key(library));
    }

    private static String key(Library library) {
        return "cards.digital." + library.code();
    }
}
