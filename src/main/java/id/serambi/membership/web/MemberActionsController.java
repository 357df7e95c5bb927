package id.serambi.membership.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.serambi.libraries.Library;
import id.serambi.membership.DeactivateMember;
import id.serambi.membership.DiscloseNik;
import id.serambi.membership.DocumentSeen;
import id.serambi.membership.Memberships;
import id.serambi.membership.RenewCard;
import id.serambi.membership.ReplaceCard;
import id.serambi.membership.StorePhoto;
import id.serambi.membership.VerifyApplication;
import id.serambi.shared.DomainException;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.MultiLine;

/** What staff do on a member's page: verify, photograph, renew, replace, deactivate, view the full NIK. */
@Controller
@RequestMapping("/app/{lib}/members/{memberNumber}")
class MemberActionsController {

    private final Memberships memberships;

    MemberActionsController(Memberships memberships) {
        this.memberships = memberships;
    }

    @PostMapping("/verification")
    String verify(Library library, @PathVariable String memberNumber, @RequestParam String decision,
            @RequestParam(required = false) @MultiLine String note, RedirectAttributes redirect) {
        return act(library, memberNumber, redirect, "membership.notice." + decision.toLowerCase(java.util.Locale.ROOT),
                () -> memberships.verify(library, new VerifyApplication(memberNumber, decision, note)));
    }

    @PostMapping("/photo")
    String photo(Library library, @PathVariable String memberNumber,
            @RequestParam(required = false) MultipartFile photo, @RequestParam(required = false) String photoData,
            RedirectAttributes redirect) {
        return act(library, memberNumber, redirect, "membership.notice.photo", () -> {
            byte[] bytes = PhotoInput.bytes(photo, photoData);
            memberships.storePhoto(library, new StorePhoto(memberNumber, bytes));
        });
    }

    @PostMapping("/renewal")
    String renew(Library library, @PathVariable String memberNumber, RedirectAttributes redirect) {
        return act(library, memberNumber, redirect, "membership.notice.renewed",
                () -> memberships.renew(library, new RenewCard(memberNumber)));
    }

    @PostMapping("/replacement")
    String replace(Library library, @PathVariable String memberNumber, @RequestParam @MultiLine String reason,
            @RequestParam(required = false) String documentType, RedirectAttributes redirect) {
        try {
            String number = memberships.replace(library,
                    new ReplaceCard(memberNumber, reason, List.of(new DocumentSeen(documentType, null))));
            redirect.addFlashAttribute("notice", "membership.notice.replaced");
            redirect.addFlashAttribute("noticeArg", memberNumber);
            return "redirect:/app/" + library.code() + "/members/" + number;
        } catch (DomainException refusal) {
            return refused(library, memberNumber, redirect, refusal);
        }
    }

    @PostMapping("/deactivation")
    @PreAuthorize("hasRole('KASI')")
    String deactivate(Library library, @PathVariable String memberNumber, @RequestParam @MultiLine String reason,
            RedirectAttributes redirect) {
        return act(library, memberNumber, redirect, "membership.notice.deactivated",
                () -> memberships.deactivate(library, new DeactivateMember(memberNumber, reason)));
    }

    @PostMapping("/nik")
    @PreAuthorize("hasRole('KASI')")
    String disclose(Library library, @PathVariable String memberNumber, @RequestParam @MultiLine String reason,
            RedirectAttributes redirect) {
        return act(library, memberNumber, redirect, null,
                () -> redirect.addFlashAttribute("fullNik",
                        memberships.discloseNik(library, new DiscloseNik(memberNumber, reason))));
    }

    private String act(Library library, String memberNumber, RedirectAttributes redirect, String notice,
            Runnable action) {
        try {
            action.run();
            if (notice != null) {
                redirect.addFlashAttribute("notice", notice);
                redirect.addFlashAttribute("noticeArg", memberNumber);
            }
            return "redirect:/app/" + library.code() + "/members/" + memberNumber;
        } catch (DomainException refusal) {
            return refused(library, memberNumber, redirect, refusal);
        }
    }

    private static String refused(Library library, String memberNumber, RedirectAttributes redirect,
            DomainException refusal) {
        FieldProblem first = refusal.fieldProblems().isEmpty() ? null : refusal.fieldProblems().getFirst();
        redirect.addFlashAttribute("problem", first == null ? refusal.messageKey() : first.messageKey());
        redirect.addFlashAttribute("problemArgs", first == null ? refusal.args() : first.args());
        return "redirect:/app/" + library.code() + "/members/" + memberNumber;
    }
}
