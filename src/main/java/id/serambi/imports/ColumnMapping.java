package id.serambi.imports;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to read a file: the column for each target, the sex codes, the library category for each member type of the
 * old system, and the category for types not mapped (when blank, the file's value is taken as a category code).
 */
public record ColumnMapping(Preset preset, Map<Target, String> columns, Map<String, String> categoryByType,
        String defaultCategory) {

    public ColumnMapping {
        columns = new EnumMap<>(columns.isEmpty() ? Map.of(Target.FULL_NAME, "") : columns);
        columns.values().removeIf(column -> column == null || column.isBlank());
        categoryByType = new LinkedHashMap<>(categoryByType);
        defaultCategory = defaultCategory == null || defaultCategory.isBlank() ? null : defaultCategory.strip();
    }

    public static ColumnMapping of(Preset preset, String defaultCategory) {
        return new ColumnMapping(preset, preset.columns(), Map.of(), defaultCategory);
    }

    public String column(Target target) {
        return columns.get(target);
    }

    /** The library category for a member type of the old system. */
    public String category(String type) {
        String value = type == null ? "" : type.strip();
        String mapped = categoryByType.get(value);
        if (mapped != null && !mapped.isBlank()) {
            return mapped;
        }
        return defaultCategory != null ? defaultCategory : value;
    }

    /** The sex code the registration rules read, from the old system's code or name (letter case aside). */
    public String sex(String value) {
        if (value == null) {
            return null;
        }
        String code = preset.sexCodes().get(value.strip());
        return code != null ? code
                : preset.sexCodes().getOrDefault(value.strip().toLowerCase(java.util.Locale.ROOT), value);
    }
}
