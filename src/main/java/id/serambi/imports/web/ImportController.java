package id.serambi.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import id.serambi.imports.ColumnMapping;
import id.serambi.imports.ImportFileException;
import id.serambi.imports.ImportService;
import id.serambi.imports.Preset;
import id.serambi.imports.Target;
import id.serambi.imports.Upload;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.DomainException;

/** The import page for the head of the library (and the administrator): upload, map, preview, run, report. */
@Controller
@RequestMapping("/app/{lib}/import")
@PreAuthorize("hasRole('KEPALA')")
class ImportController {

    private static final int PREVIEW_ROWS = 20;

    private final ImportService imports;
    private final LibraryService libraries;

    ImportController(ImportService imports, LibraryService libraries) {
        this.imports = imports;
        this.libraries = libraries;
    }

    @GetMapping
    String page(Library library, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("runs", imports.recent(library));
        model.addAttribute("retentionDays", imports.retentionDays(library));
        return "imports/upload";
    }

    /** The form's file (multipart, up to the server's upload limit). */
    @PostMapping
    String upload(Library library, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "encoding", required = false) String encoding, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "imports.file.empty");
            return page(library, model);
        }
        try (InputStream in = file.getInputStream()) {
            return "redirect:/app/" + library.code() + "/import/" + imports.upload(library, file.getOriginalFilename(),
                    in, encoding).id();
        } catch (ImportFileException refused) {
            model.addAttribute("problem", refused.messageKey());
            model.addAttribute("problemArgs", firstArgument(refused));
            return page(library, model);
        }
    }

    /** The same file sent by imports.js as the raw body, so that large exports need no multipart limit. */
    @PostMapping(path = "/file", consumes = MediaType.ALL_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, String>> uploadRaw(Library library, InputStream body,
            @RequestHeader(name = "X-File-Name", required = false) String fileName,
            @RequestParam(name = "encoding", required = false) String encoding) {
        Upload upload = imports.upload(library,
                fileName == null ? null : java.net.URLDecoder.decode(fileName, java.nio.charset.StandardCharsets.UTF_8),
                body, encoding);
        return ResponseEntity.ok(Map.of("location", "/app/" + library.code() + "/import/" + upload.id()));
    }

    @GetMapping("/{uploadId}")
    String mapping(Library library, @PathVariable String uploadId, Model model) {
        Upload upload = imports.upload(library, uploadId);
        return show(library, upload, ColumnMapping.of(upload.detected(), null), model);
    }

    @PostMapping("/{uploadId}/preview")
    String preview(Library library, @PathVariable String uploadId, @RequestParam Map<String, String> params,
            Model model) {
        Upload upload = imports.upload(library, uploadId);
        return show(library, upload, MappingForm.read(upload, params), model);
    }

    @PostMapping("/{uploadId}/start")
    String start(Library library, @PathVariable String uploadId, @RequestParam Map<String, String> params,
            Model model) {
        Upload upload = imports.upload(library, uploadId);
        ColumnMapping mapping = MappingForm.read(upload, params);
        try {
            return "redirect:/app/" + library.code() + "/import/runs/" + imports.start(library, uploadId, mapping);
        } catch (DomainException refused) {
            model.addAttribute("problem", refused.messageKey());
            model.addAttribute("problemArgs", firstArgument(refused));
            return show(library, upload, mapping, model);
        }
    }

    /** Leaves the mapping without importing: the uploaded file (full NIKs) is deleted at once. */
    @PostMapping("/{uploadId}/abandon")
    String abandon(Library library, @PathVariable String uploadId,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        imports.abandon(library, uploadId);
        redirect.addFlashAttribute("notice", "imports.abandoned");
        return "redirect:/app/" + library.code() + "/import";
    }

    /** The library's retention for import data (uploads and rejected rows), in days. */
    @PostMapping("/settings")
    String settings(Library library, @RequestParam(name = "retentionDays", required = false) String days,
            Model model, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        Integer value = days == null || !days.strip().matches("\\d{1,2}") ? null : Integer.valueOf(days.strip());
        if (value == null || value < 1 || value > 90) {
            model.addAttribute("problem", "imports.retention.invalid");
            model.addAttribute("problemArgs", "");
            return page(library, model);
        }
        imports.setRetentionDays(library, value);
        return "redirect:/app/" + library.code() + "/import";
    }

    @GetMapping("/runs/{id}")
    String run(Library library, @PathVariable long id, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("run", imports.run(library, id));
        return "imports/run";
    }

    /** The old system's photo folder as a zip (multipart), after the run; the run page shows what became of it. */
    @PostMapping("/runs/{id}/photos")
    String photos(Library library, @PathVariable long id,
            @RequestParam(name = "photos", required = false) MultipartFile zip, Model model) throws IOException {
        run(library, id, model);
        if (zip == null || zip.isEmpty()) {
            model.addAttribute("problem", "imports.file.empty");
            return "imports/run";
        }
        try (InputStream in = zip.getInputStream()) {
            model.addAttribute("photos", imports.addPhotos(library, id, in));
        } catch (ImportFileException refused) {
            model.addAttribute("problem", refused.messageKey());
            model.addAttribute("problemArgs", firstArgument(refused));
        }
        return "imports/run";
    }

    @GetMapping("/runs/{id}/progress")
    String progress(Library library, @PathVariable long id, Model model) {
        run(library, id, model);
        return "imports/run :: progress";
    }

    @GetMapping(path = "/runs/{id}/rejected.csv")
    ResponseEntity<String> rejected(Library library, @PathVariable long id) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-rejected.csv\"")
                .body(imports.rejectedReport(library, id));
    }

    private String show(Library library, Upload upload, ColumnMapping given, Model model) {
        ColumnMapping mapping = imports.withProposedTypes(library, upload, given);
        model.addAttribute("library", library);
        model.addAttribute("upload", upload);
        model.addAttribute("mapping", mapping);
        model.addAttribute("presets", List.of(Preset.values()));
        model.addAttribute("targets", List.of(Target.values()));
        model.addAttribute("categories", libraries.categories(library.id()).stream().filter(c -> c.active())
                .toList());
        model.addAttribute("types", upload.valuesOf(mapping.column(Target.MEMBER_TYPE)));
        try {
            model.addAttribute("rows", imports.preview(library, upload.id(), mapping, PREVIEW_ROWS));
        } catch (ImportFileException refused) {
            model.addAttribute("problem", refused.messageKey());
            model.addAttribute("problemArgs", firstArgument(refused));
            model.addAttribute("rows", List.of());
        }
        return "imports/mapping";
    }

    /**
     * The refusal's argument for the page's message (every import message has at most one): Thymeleaf would print an
     * argument array as {@code [Ljava.lang.Object;@…}.
     */
    private static Object firstArgument(id.serambi.shared.DomainException refused) {
        return refused.args().length == 0 ? "" : refused.args()[0];
    }
}
