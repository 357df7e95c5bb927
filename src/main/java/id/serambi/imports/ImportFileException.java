package id.serambi.imports;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/** The file cannot be imported at all (empty, not CSV, unknown upload, columns missing). */
public class ImportFileException extends DomainException {

    public ImportFileException(String messageKey, Object... args) {
        super(HttpStatus.BAD_REQUEST, "IMPORT_FILE_REFUSED", messageKey, args);
    }
}
