package id.serambi.imports;

import java.util.List;

/** What a zip of the old system's photos gave a run's members: how many photos were stored, and each row's warning. */
public record PhotosAdded(long stored, List<PhotoWarning> warnings) {

    public PhotosAdded {
        warnings = List.copyOf(warnings);
    }
}
