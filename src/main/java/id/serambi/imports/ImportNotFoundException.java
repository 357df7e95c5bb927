package id.serambi.imports;

import id.serambi.shared.NotFoundException;

/** No such import run or upload in this library. */
public class ImportNotFoundException extends NotFoundException {

    public ImportNotFoundException(String what) {
        super("imports.notFound", what);
    }
}
