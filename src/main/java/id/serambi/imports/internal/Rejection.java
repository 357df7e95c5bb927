package id.serambi.imports.internal;

import java.util.List;

/** One reason a row was not imported: the field, the file's column, a message key with its arguments, the cells. */
public record Rejection(long rowNumber, String field, String column, String messageKey, List<String> args,
        List<String> cells) {
}
