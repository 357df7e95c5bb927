package id.serambi.imports;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An uploaded file waiting to be imported: its header, number of rows, the preset its header matches and, per
 * column, the distinct values when there are few (member types to map to categories).
 */
public record Upload(String id, String fileName, char separator, List<String> header, long rows, Preset detected,
        Map<String, Set<String>> fewValues) {

    public Set<String> valuesOf(String column) {
        return column == null ? Set.of() : fewValues.getOrDefault(column, Set.of());
    }
}
