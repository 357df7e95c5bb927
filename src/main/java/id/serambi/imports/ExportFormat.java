package id.serambi.imports;

/**
 * The member files Serambi writes for the circulation system: SLiMS 9's member import (Membership → Import Data) and
 * INLISLite 3's member report layout (Laporan → Anggota, the layout Serambi's own INLISLite import reads).
 */
public enum ExportFormat {
    SLIMS("csv"), INLISLITE("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
