package id.serambi.surveys;

/** The nine elements of PermenPANRB 14/2017, in the regulation's order. */
public enum SurveyElement {
    /** Persyaratan. */
    U1,
    /** Sistem, mekanisme dan prosedur. */
    U2,
    /** Waktu penyelesaian. */
    U3,
    /** Biaya/tarif. */
    U4,
    /** Produk spesifikasi jenis pelayanan. */
    U5,
    /** Kompetensi pelaksana. */
    U6,
    /** Perilaku pelaksana. */
    U7,
    /** Penanganan pengaduan, saran dan masukan. */
    U8,
    /** Sarana dan prasarana. */
    U9;

    public static final int COUNT = 9;
}
