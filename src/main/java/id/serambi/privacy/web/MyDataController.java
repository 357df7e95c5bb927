package id.serambi.privacy.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.serambi.cards.CodeRejectedException;
import id.serambi.libraries.Library;
import id.serambi.libraries.PublicLibrary;
import id.serambi.membership.CorrectableField;
import id.serambi.privacy.MemberNotSignedInException;
import id.serambi.privacy.MyDataService;
import id.serambi.privacy.NewRequest;
import id.serambi.shared.DomainException;
import id.serambi.shared.Messages;
import id.serambi.shared.MultiLine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** "Data saya": a member signs in with number and one-time code, sees their data, downloads it, files requests. */
@Controller
@RequestMapping("/l/{lib}/data-saya")
class MyDataController {

    private final MyDataService service;
    private final Messages messages;

    MyDataController(MyDataService service, Messages messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping
    String page(@PublicLibrary Library library, HttpSession session, Model model) {
        model.addAttribute("library", library);
        String number = signedIn(library, session);
        if (number == null) {
            return "privacy/sign-in";
        }
        try {
            model.addAttribute("data", service.data(library, number, false));
            model.addAttribute("fields", CorrectableField.values());
        } catch (DomainException gone) {
            session.removeAttribute(key(library));
            return "privacy/sign-in";
        }
        return "privacy/my-data";
    }

    @PostMapping("/kode")
    String sendCode(@PublicLibrary Library library, @RequestParam String memberNumber,
            @RequestParam(defaultValue = "SMS") String channel, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("memberNumber", memberNumber.strip());
        service.sendCode(library, memberNumber, channel);
        return "privacy/code";
    }

    @PostMapping("/masuk")
    String signIn(@PublicLibrary Library library, @RequestParam String memberNumber, @RequestParam String code,
            HttpServletRequest request, Model model) {
        try {
            String number = service.signIn(library, memberNumber, code);
            request.changeSessionId();
            request.getSession().setAttribute(key(library), number);
        } catch (CodeRejectedException refused) {
            model.addAttribute("library", library);
            model.addAttribute("memberNumber", memberNumber.strip());
            model.addAttribute("problem", refused.messageKey());
            return "privacy/code";
        }
        return "redirect:/l/" + library.code() + "/data-saya";
    }

    @PostMapping("/keluar")
    String signOut(@PublicLibrary Library library, HttpSession session) {
        session.removeAttribute(key(library));
        return "redirect:/l/" + library.code() + "/data-saya";
    }

    @GetMapping("/data.json")
    ResponseEntity<?> download(@PublicLibrary Library library, HttpSession session) {
        String number = signedIn(library, session);
        if (number == null) {
            throw new MemberNotSignedInException();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"data-saya-" + library.code()
                        + ".json\"")
                .body(service.data(library, number, true));
    }

    @PostMapping("/permintaan")
    String file(@PublicLibrary Library library, @RequestParam String kind,
            @RequestParam(required = false) String field, @RequestParam(required = false) String proposedValue,
            @RequestParam(required = false) @MultiLine String reason, HttpSession session, RedirectAttributes redirect) {
        String number = signedIn(library, session);
        if (number == null) {
            return "redirect:/l/" + library.code() + "/data-saya";
        }
        try {
            redirect.addFlashAttribute("filed", service.file(library, number,
                    new NewRequest(kind, field, proposedValue, reason)).id());
        } catch (DomainException refused) {
            redirect.addFlashAttribute("problems", PrivacyWebConfiguration.texts(messages, refused));
            redirect.addFlashAttribute("form", new NewRequest(kind, field, proposedValue, reason));
        }
        return "redirect:/l/" + library.code() + "/data-saya";
    }

    private static String signedIn(Library library, HttpSession session) {
        return session == null ? null : (String) session.getAttribute(key(library));
    }

    private static String key(Library library) {
        return "privacy.member." + library.code();
    }
}
