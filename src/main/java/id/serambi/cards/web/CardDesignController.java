package id.serambi.cards.web;

import java.io.IOException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.serambi.cards.CardDesign;
import id.serambi.cards.CardDesignService;
import id.serambi.cards.CardLayout;
import id.serambi.libraries.Library;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.MultiLine;

/** Where a library's KASI (or above) chooses the card layout, colour, logo and back text, with a live preview. */
@Controller
@RequestMapping("/app/{lib}/cards/design")
@PreAuthorize("hasRole('KASI')")
class CardDesignController {

    private final CardDesignService designs;

    CardDesignController(CardDesignService designs) {
        this.designs = designs;
    }

    @GetMapping
    String page(Library library, Model model) {
        CardDesign design = designs.design(library);
        model.addAttribute("library", library);
        model.addAttribute("design", design);
        model.addAttribute("layouts", CardLayout.values());
        return "cards/design";
    }

    @PostMapping
    String save(Library library, @RequestParam(required = false) CardLayout layout,
            @RequestParam String primaryColour, @RequestParam @MultiLine String backText,
            @RequestParam(required = false) MultipartFile logo, @RequestParam(defaultValue = "false") boolean removeLogo,
            Model model, RedirectAttributes redirect) throws IOException {
        try {
            byte[] upload = logo == null || logo.isEmpty() ? null : logo.getBytes();
            designs.save(library, layout, primaryColour, backText, upload, removeLogo);
        } catch (InvalidInputException refused) {
            model.addAttribute("library", library);
            model.addAttribute("design", new CardDesign(layout, primaryColour, designs.design(library).logoPng(),
                    backText));
            model.addAttribute("layouts", CardLayout.values());
            model.addAttribute("problems", refused.fieldProblems());
            return "cards/design";
        }
        redirect.addFlashAttribute("notice", "cards.design.saved");
        return "redirect:/app/" + library.code() + "/cards/design";
    }

    /** The sample card in the design as typed (not yet saved), with the saved logo. */
    @GetMapping(path = "/preview.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> preview(Library library, @RequestParam(required = false) CardLayout layout,
            @RequestParam(required = false) String primaryColour, @RequestParam(required = false) @MultiLine String backText,
            @RequestParam(defaultValue = "front") String side) {
        CardDesign saved = designs.design(library);
        CardDesign shown = new CardDesign(layout == null ? saved.layout() : layout,
                primaryColour == null ? saved.primaryColour() : primaryColour, saved.logoPng(),
                backText == null ? saved.backText() : backText);
        CardDesignService.validate(shown.layout(), shown.primaryColour(), shown.backText());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(designs.preview(library, shown, "back".equals(side)));
    }

    @GetMapping(path = "/logo.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> logo(Library library) {
        CardDesign design = designs.design(library);
        return design.hasLogo() ? ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(design.logoPng())
                : ResponseEntity.notFound().build();
    }
}
