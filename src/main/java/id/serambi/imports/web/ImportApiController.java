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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

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
    private final id.serambi.shared.Messages messages;

    ImportApiController(ImportService imports, id.serambi.shared.Messages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** A run as the API answers it: the run, and why it failed in the reader's language besides the message key. */
    record RunAnswer(long id, String fileName, id.serambi.imports.Preset preset, ImportRun.Status status,
            long totalRows, long processed, long imported, long rejected, long renumbered, long withoutNik,
            long minorsWithoutGuardian, String failure,
            String failureMessage, java.time.Instant startedAt, java.time.Instant finishedAt) {
    }

    private RunAnswer answer(ImportRun run) {
        return new RunAnswer(run.id(), run.fileName(), run.preset(), run.status(), run.totalRows(), run.processed(),
                run.imported(), run.rejected(), run.renumbered(), run.withoutNik(), run.minorsWithoutGuardian(),
                run.failure(),
                run.failure() == null ? null : messages.get(run.failure()), run.startedAt(), run.finishedAt());
    }

    /** Uploads and starts an import; 202 with the run, to be polled at its Location. */
    @PostMapping
    @Operation(summary = "Upload a member file and start importing it; 202 with the run, polled at its Location",
            description = "The body is the file: SLiMS 9's member export (with or without its header row), the member "
                    + "table of a SLiMS database backup (SQL), or CSV with a header row. Mapping: preset (recognised "
                    + "from the file when absent), col.TARGET=column for a target (MEMBER_NUMBER, FULL_NAME, NIK, "
                    + "BIRTH_PLACE, BIRTH_DATE, SEX, ADDRESS, REGION_CODE, MOTHER_NAME, PHONE, EMAIL, MEMBER_TYPE, "
                    + "INSTITUTION, GUARDIAN_NAME, REGISTERED_ON, EXPIRES_ON, MEMBER_SINCE, POSTAL_CODE, NOTES; it "
                    + "overrides the preset's column for that target only, empty = not read), type.VALUE=category for "
                    + "a member type of the old system (its name or id as in the file; unmapped types get the category "
                    + "of the same code or name, else defaultCategory)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/sql", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary"))}),
            parameters = {
                    @Parameter(in = ParameterIn.QUERY, name = "preset", schema = @Schema(type = "string",
                            allowableValues = {"SLIMS_EXPORT", "SLIMS", "INLISLITE", "CUSTOM"})),
                    @Parameter(in = ParameterIn.QUERY, name = "defaultCategory",
                            description = "category code for member types not mapped"),
                    @Parameter(in = ParameterIn.QUERY, name = "encoding",
                            description = "character set of the file, UTF-8 by default (e.g. windows-1252)"),
                    @Parameter(in = ParameterIn.QUERY, name = "col.FULL_NAME", description = "the file's column "
                            + "for a target; any col.TARGET likewise"),
                    @Parameter(in = ParameterIn.QUERY, name = "type.1", description = "the category for the old "
                            + "system's member type 1; any type.VALUE likewise")})
    ResponseEntity<RunAnswer> start(Library library, @Parameter(hidden = true) InputStream body,
            @RequestHeader(name = "X-File-Name", required = false) String fileName,
            @Parameter(hidden = true) @RequestParam Map<String, String> params) throws IOException {
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
                .body(answer(imports.run(library, id)));
    }

    @GetMapping
    List<RunAnswer> recent(Library library) {
        return imports.recent(library).stream().map(this::answer).toList();
    }

    @GetMapping("/{id}")
    RunAnswer run(Library library, @PathVariable long id) {
        return answer(imports.run(library, id));
    }

    /** The old system's photo folder as a zip, after the run: each imported row's member_image becomes its photo. */
    @PostMapping(path = "/{id}/photos", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Give a finished run's members their photos from a zip of SLiMS's images/persons/ folder",
            description = "Entries are matched to the rows' member_image by file name only (folders ignored). A photo "
                    + "missing from the zip or refused (size, type, pixels) is a warning on its row; 200 with the "
                    + "number stored and the warnings",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
                    @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"))))
    id.serambi.imports.PhotosAdded photos(Library library, @PathVariable long id,
            @Parameter(hidden = true) InputStream body) {
        return imports.addPhotos(library, id, body);
    }

    @GetMapping(path = "/{id}/rejected.csv", produces = "text/csv")
    ResponseEntity<String> rejected(Library library, @PathVariable long id) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-rejected.csv\"")
                .body(imports.rejectedReport(library, id));
    }
}
