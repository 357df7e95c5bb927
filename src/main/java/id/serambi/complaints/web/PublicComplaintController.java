package id.serambi.complaints.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import id.serambi.complaints.ComplaintNotFoundException;
import id.serambi.complaints.ComplaintQueries;
import id.serambi.complaints.ComplaintService;
import id.serambi.libraries.ChannelType;
import id.serambi.libraries.Library;
import id.serambi.libraries.PublicLibrary;
import id.serambi.shared.DomainException;
import id.serambi.shared.web.FormErrors;

/** The public complaint form (channel WEBSITE) and the status page a tracking code opens. */
@Controller
@RequestMapping("/l/{lib}/pengaduan")
class PublicComplaintController {

    private final ComplaintService service;
    private final ComplaintQueries queries;

    PublicComplaintController(ComplaintService service, ComplaintQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @GetMapping
    String form(@PublicLibrary Library library, Model model) {
        model.addAttribute("library", library);
        if (!model.containsAttribute("complaintForm")) {
            model.addAttribute("complaintForm", new ComplaintForm());
        }
        return "complaints/public-form";
    }

    @PostMapping
    String file(@PublicLibrary Library library, @ModelAttribute("complaintForm") ComplaintForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(library, model);
        }
        try {
            String code = service.file(library, form.toComplaint(ChannelType.WEBSITE.name()));
            redirect.addFlashAttribute("filed", true);
            return "redirect:/l/" + library.code() + "/pengaduan/" + code;
        } catch (DomainException refusal) {
            FormErrors.bind(binding, refusal);
            return form(library, model);
        }
    }

    @GetMapping("/cek")
    String lookUp(@PublicLibrary Library library, @RequestParam(defaultValue = "") String kode) {
        String code = kode.isBlank() ? "-" : kode.trim().toUpperCase(Locale.ROOT);
        return "redirect:/l/" + library.code() + "/pengaduan/" + UriUtils.encodePathSegment(code, "UTF-8");
    }

    /** An unknown or mistyped code answers 404 with the tracking form again, the code kept and what went wrong said. */
    @GetMapping("/{code}")
    String status(@PublicLibrary Library library, @PathVariable String code, Model model,
            HttpServletResponse response) {
        model.addAttribute("library", library);
        try {
            model.addAttribute("complaint", queries.publicStatus(library, code));
            return "complaints/public-status";
        } catch (ComplaintNotFoundException unknown) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("trackingCode", "-".equals(code) ? "" : code);
            model.addAttribute("trackingError", "-".equals(code) ? "complaints.track.empty" : "complaints.track.unknown");
            return form(library, model);
        }
    }
}
