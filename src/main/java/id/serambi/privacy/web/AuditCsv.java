package id.serambi.privacy.web;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.serambi.libraries.Library;
import id.serambi.privacy.AuditLogService;
import id.serambi.shared.CsvWriter;

/** The audit log as a CSV download (UTF-8 with BOM so that spreadsheets read Indonesian names right). */
final class AuditCsv {

    private AuditCsv() {
    }

    static ResponseEntity<String> response(Library library, List<AuditLogService.Entry> entries) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvWriter.row(List.of("at", "memberNumber", "action", "detail", "staffUsername", "staffName")));
        for (AuditLogService.Entry e : entries) {
            csv.append(CsvWriter.row(java.util.Arrays.asList(
                    e.at().atZone(library.timezone()).toOffsetDateTime().toString(), e.memberNumber(), e.action(),
                    e.detail(), e.staffUsername(), e.staffName())));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"log-data-pribadi-"
                        + library.code() + ".csv\"")
                .body(csv.toString());
    }
}
