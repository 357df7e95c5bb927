package id.serambi.imports.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import id.serambi.imports.ColumnMapping;
import id.serambi.imports.Preset;
import id.serambi.imports.Target;
import id.serambi.imports.Upload;

/**
 * Reads a mapping from request parameters: {@code preset}, {@code col.TARGET} (a column of the file),
 * {@code type.VALUE} (the category for a member type) and {@code defaultCategory}. Without {@code col.*} the preset's
 * columns are used (for a file with the detected preset's header, nothing else needs choosing).
 */
final class MappingForm {

    private MappingForm() {
    }

    static ColumnMapping read(Upload upload, Map<String, String> params) {
        String presetName = params.getOrDefault("preset", upload.detected().name());
        Preset preset = Preset.CUSTOM;
        for (Preset candidate : Preset.values()) {
            if (candidate.name().equalsIgnoreCase(presetName)) {
                preset = candidate;
            }
        }
        // A column given overrides the preset's for that target only (blank: not read); the others stay.
        Map<Target, String> columns = new EnumMap<>(preset.columns());
        Map<String, String> types = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("col.")) {
                target(name.substring(4)).ifPresent(target -> columns.put(target, value));
            } else if (name.startsWith("type.")) {
                types.put(name.substring(5), value);
            }
        });
        return new ColumnMapping(preset, columns, types,
                params.get("defaultCategory"));
    }

    private static java.util.Optional<Target> target(String name) {
        for (Target target : Target.values()) {
            if (target.name().equals(name.toUpperCase(Locale.ROOT))) {
                return java.util.Optional.of(target);
            }
        }
        return java.util.Optional.empty();
    }
}
