package id.serambi.imports.internal;

import java.util.List;

import id.serambi.imports.ColumnMapping;
import id.serambi.imports.Target;

/** Where SLiMS's member_image and the old member number are in a file's rows (the image column by its SLiMS name). */
final class PhotoColumns {

    static final String IMAGE_COLUMN = "member_image";

    private final int image;
    private final int number;

    PhotoColumns(List<String> header, ColumnMapping mapping) {
        this.image = header.indexOf(IMAGE_COLUMN);
        String column = mapping.column(Target.MEMBER_NUMBER);
        this.number = column == null ? -1 : header.indexOf(column);
    }

    /** The accepted row's photo reference, or null when it names no image. */
    PhotoReference of(RowChecker.Decided decided) {
        List<String> cells = decided.raw().cells();
        if (image < 0 || image >= cells.size() || cells.get(image).isBlank()
                || cells.get(image).strip().equalsIgnoreCase("NULL")) {
            return null;
        }
        String old = number < 0 || number >= cells.size() || cells.get(number).isBlank() ? null
                : cells.get(number).strip();
        String image = PhotoReference.baseName(cells.get(this.image));
        if (decided.member().updatesEarlier()) {
            // A re-import updates the member an earlier import brought in, under that member's number.
            return new PhotoReference(decided.raw().rowNumber(), decided.member().earlierNumber(), true, image);
        }
        boolean kept = !decided.renumbered() && decided.member().oldNumber() != null;
        return new PhotoReference(decided.raw().rowNumber(), kept ? decided.member().oldNumber() : old, kept, image);
    }
}
