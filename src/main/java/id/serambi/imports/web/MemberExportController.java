package id.serambi.imports.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.serambi.imports.ExportFormat;
import id.serambi.imports.MemberExports;
import id.serambi.libraries.Library;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;

/** "Ekspor ke SLiMS / INLISLite": a file of new and changed members now, and the scheduled file's settings. */
@Controller
@RequestMapping("/app/{lib}/export")
@PreAuthorize("hasRole('KEPALA')")
class MemberExportController {

    private final MemberExports exports;

    MemberExportController(MemberExports exports) {
        this.exports = exports;
    }

    @GetMapping
    String page(Library library, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("settings", exports.settings(library));
        model.addAttribute("formats", ExportFormat.values());
        model.addAttribute("root", exports.root().toString());
        return "imports/export";
    }

    @GetMapping("/file")
    Object file(Library library, @RequestParam(required = false) String format,
            @RequestParam(required = false) String since, Model model) {
        try {
            ExportFormat chosen = MemberExportApiController.ExportForms.format(format);
            return MemberExportApiController.ExportForms.attachment(exports.download(library, chosen,
                    MemberExportApiController.ExportForms.since(since, library)));
        } catch (InvalidInputException refused) {
            return problem(library, refused.fieldProblems(), model);
        }
    }

    @PostMapping("/settings")
    String settings(Library library, @RequestParam(name = "formats", required = false) List<String> formats,
            @RequestParam(name = "folder", required = false) String folder, Model model) {
        try {
            Set<ExportFormat> chosen = EnumSet.noneOf(ExportFormat.class);
            for (String format : formats == null ? List.<String>of() : formats) {
                chosen.add(MemberExportApiController.ExportForms.format(format));
            }
            exports.changeSettings(library, chosen, folder);
        } catch (InvalidInputException refused) {
            return problem(library, refused.fieldProblems(), model);
        }
        return "redirect:/app/" + library.code() + "/export?saved";
    }

    private String problem(Library library, List<FieldProblem> problems, Model model) {
        FieldProblem first = problems.getFirst();
        model.addAttribute("problem", first.messageKey());
        model.addAttribute("problemArgs", first.args().length == 0 ? "" : first.args()[0]);
        return page(library, model);
    }

}
