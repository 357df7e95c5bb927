package id.serambi.surveys;

import java.math.BigDecimal;

/** The service quality grade (mutu pelayanan) for an IKM on the 25..100 scale, PermenPANRB 14/2017. */
public enum Grade {
    /** Sangat baik: 88.31 to 100. */
    A("88.31"),
    /** Baik: 76.61 to 88.30. */
    B("76.61"),
    /** Kurang baik: 65.00 to 76.60. */
    C("65.00"),
    /** Tidak baik: 25.00 to 64.99. */
    D("25.00");

    private final BigDecimal lowest;

    Grade(String lowest) {
        this.lowest = new BigDecimal(lowest);
    }

    /** The grade of an IKM rounded to two decimals, as the regulation's intervals are written. */
    public static Grade of(BigDecimal ikm) {
        for (Grade grade : values()) {
            if (ikm.compareTo(grade.lowest) >= 0) {
                return grade;
            }
        }
        return D;
    }
}
