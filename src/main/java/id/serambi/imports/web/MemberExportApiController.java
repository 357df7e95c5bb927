package id.serambi.imports.web;

import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import id.serambi.imports.ExportFormat;
import id.serambi.imports.MemberExports;
import id.serambi.libraries.Library;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;

/** New and changed members as a file for the circulation system (SLiMS or INLISLite member import). */
@RestController
@PreAuthorize("hasRole('KEPALA')")
class MemberExportApiController {

    private final MemberExports exports;

    MemberExportApiController(MemberExports exports) {
        this.exports = exports;
    }

    @GetMapping(path = "/api/v1/libraries/{lib}/member-exports", produces = "text/csv")
    @Operation(summary = "The library's members registered or changed since a moment, as a SLiMS or INLISLite member"
            + " import file (never NIK or mother's maiden name)",
            description = "format=slims: SLiMS 9's Membership → Import Data CSV (19 columns with header, every value "
                    + "in \"…\", comma, LF). format=inlislite: INLISLite 3's member report layout (header, ';', CRLF,"
                    + " dates DD-MM-YYYY). Without since: the members changed since the last download in that format"
                    + " (all the first time), and this download becomes the last one.")
    ResponseEntity<String> export(Library library,
            @Parameter(schema = @Schema(allowableValues = {"slims", "inlislite"})) @RequestParam(required = false)
            String format,
            @Parameter(description = "ISO date (from its start in the library's time zone) or instant")
            @RequestParam(required = false) String since) {
        ExportFormat chosen = ExportForms.format(format);
        Instant from = ExportForms.since(since, library);
        MemberExports.MemberFile file = exports.download(library, chosen, from);
        return ExportForms.attachment(file);
    }

    /** Reading the request, shared with the page. */
    static final class ExportForms {

        private ExportForms() {
        }

        static ExportFormat format(String format) {
            if (format != null) {
                for (ExportFormat candidate : ExportFormat.values()) {
                    if (candidate.name().equalsIgnoreCase(format.strip())) {
                        return candidate;
                    }
                }
            }
            throw new InvalidInputException(List.of(new FieldProblem("format", "imports.export.formatUnknown")));
        }

        static Instant since(String since, Library library) {
            if (since == null || since.isBlank()) {
                return null;
            }
            // An offset's "+" left unencoded in the query string arrives as a space.
            String value = since.strip().replace(' ', '+');
            try {
                if (value.length() == 10) {
                    return java.time.LocalDate.parse(value).atStartOfDay(library.timezone()).toInstant();
                }
                return java.time.OffsetDateTime.parse(value).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidInputException(List.of(new FieldProblem("since", "imports.export.sinceInvalid")));
            }
        }

        static ResponseEntity<String> attachment(MemberExports.MemberFile file) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                    .header("X-Members", Integer.toString(file.members()))
                    .header("X-Exported-Until", file.until().toString())
                    .body(file.content());
        }
    }
}
