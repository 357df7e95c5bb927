package id.serambi.imports;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/** The rejected rows of a run were deleted when the library's retention for import data ended. */
public class ImportReportExpiredException extends DomainException {

    public ImportReportExpiredException(long runId) {
        super(HttpStatus.GONE, "IMPORT_REPORT_EXPIRED", "imports.report.expired", runId);
    }
}
