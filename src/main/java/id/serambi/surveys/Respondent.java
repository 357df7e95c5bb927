package id.serambi.surveys;

/** The respondent fields of the regulation's questionnaire; nothing that identifies a person. */
public final class Respondent {

    /** Jenis kelamin. */
    public enum Sex { MALE, FEMALE }

    /** Pendidikan, as the regulation's form lists it. */
    public enum Education { SD, SMP, SMA, D1_D3, D4, S1, S2, S3 }

    /** Pekerjaan, as the regulation's form lists it, plus pupils and students who make up most library users. */
    public enum Occupation { PNS, TNI, POLRI, SWASTA, WIRAUSAHA, PELAJAR_MAHASISWA, LAINNYA }

    public static final int MIN_AGE = 7;
    public static final int MAX_AGE = 120;

    private Respondent() {
    }
}
