package id.serambi.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.imports.ImportRun;
import id.serambi.imports.ImportService;
import id.serambi.imports.Upload;
import id.serambi.libraries.Library;

/** Member imports over the API: the CSV as the request body, mapping as query parameters (see MappingForm). */
@RestController
@RequestMapping("/api/v1/libraries/{lib}/imports")
@PreAuthorize("hasRole('KEPALA')")
class ImportApiController {

    private final ImportService imports;

    ImportApiController(ImportService imports) {
        this.imports = imports;
    }

    /** Uploads and starts an import; 202 with the run, to be polled at its Location. */
    @PostMapping
    ResponseEntity<ImportRun> start(Library library, InputStream body,
            @RequestHeader(name = "X-File-Name", required = false) String fileName,
            @RequestParam Map<String, String> params) throws IOException {
        Upload upload = imports.upload(library, fileName == null ? "import.csv" : fileName, body,
                params.get("encoding"));
        long id;
        try {
            id = imports.start(library, upload.id(), MappingForm.read(upload, params));
        } catch (RuntimeException refused) {
            // Over the API an upload is started at once or never: a refused one must not stay on disk.
            imports.abandon(library, upload.id());
            throw refused;
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/libraries/" + library.code() + "/imports/" + id))
                .body(imports.run(library, id));
    }

    @GetMapping
    List<ImportRun> recent(Library library) {
        return imports.recent(library);
    }

    @GetMapping("/{id}")
    ImportRun run(Library library, @PathVariable long id) {
        return imports.run(library, id);
    }

    @GetMapping(path = "/{id}/rejected.csv", produces = "text/csv")
    ResponseEntity<String> rejected(Library library, @PathVariable long id) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-rejected.csv\"")
                .body(imports.rejectedReport(library, id));
    }
}
