package id.serambi.imports;

import java.util.List;

/** A row of the file as the import would see it: its cells and, when it would be rejected, why (in words). */
public record PreviewRow(long rowNumber, List<String> cells, List<String> problems, boolean renumbered) {

    public boolean accepted() {
        return problems.isEmpty();
    }
}
