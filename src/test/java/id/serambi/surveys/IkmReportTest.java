package id.serambi.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class IkmReportTest {

    /*
     * Four questionnaires, worked by hand:
     *            U1 U2 U3 U4 U5 U6 U7 U8 U9
     *   R1        4  4  4  4  4  4  4  4  4
     *   R2        3  3  3  4  3  3  4  2  3
     *   R3        3  2  3  4  3  4  4  2  2
     *   R4        2  3  2  4  3  3  3  1  3
     *   sum      12 12 12 16 13 14 15  9 12   (total 115)
     *   NRR    3.000 3.000 3.000 4.000 3.250 3.500 3.750 2.250 3.000   (Σ NRR = 28.75)
     *   SKM = 28.75 / 9 = 3.19444…   IKM = 3.19444… × 25 = 79.8611… → 79.86, grade B (76.61–88.30)
     *   printed weight: 28.75 × 0.11 = 3.1625; × 25 = 79.0625 → 79.06
     */
    private static final int[][] ANSWERS = {
            {4, 4, 4, 4, 4, 4, 4, 4, 4},
            {3, 3, 3, 4, 3, 3, 4, 2, 3},
            {3, 2, 3, 4, 3, 4, 4, 2, 2},
            {2, 3, 2, 4, 3, 3, 3, 1, 3}};

    @Test
    void matchesTheHandCalculationOfFourQuestionnaires() {
        IkmReport report = IkmReport.of(ANSWERS.length, sums(ANSWERS));

        assertThat(report.respondents()).isEqualTo(4);
        assertThat(report.elements()).extracting(e -> e.nrr().toPlainString())
                .containsExactly("3.000", "3.000", "3.000", "4.000", "3.250", "3.500", "3.750", "2.250", "3.000");
        assertThat(report.ikm()).isEqualByComparingTo("79.86");
        assertThat(report.grade()).isEqualTo(Grade.B);
        assertThat(report.ikmPrintedWeight()).isEqualByComparingTo("79.06");
        assertThat(report.elements().get(7).weighted()).isEqualByComparingTo("0.250");
        assertThat(report.elements().get(6).weighted()).isEqualByComparingTo("0.417");
    }

    @Test
    void listsTheWeakestElementFirst() {
        IkmReport report = IkmReport.of(ANSWERS.length, sums(ANSWERS));

        assertThat(report.weakestFirst()).extracting(IkmReport.ElementScore::element).startsWith(SurveyElement.U8)
                .endsWith(SurveyElement.U7, SurveyElement.U4);
    }

    @Test
    void allAnswersFourGiveOneHundredWithTheExactWeightAndNinetyNineWithThePrintedOne() {
        long[] sums = new long[9];
        Arrays.fill(sums, 4L * 7);

        IkmReport report = IkmReport.of(7, sums);

        assertThat(report.ikm()).isEqualByComparingTo("100.00");
        assertThat(report.ikmPrintedWeight()).isEqualByComparingTo("99.00");
        assertThat(report.grade()).isEqualTo(Grade.A);
    }

    @Test
    void allAnswersOneGiveTwentyFiveGradeD() {
        long[] sums = new long[9];
        Arrays.fill(sums, 3L);

        IkmReport report = IkmReport.of(3, sums);

        assertThat(report.ikm()).isEqualByComparingTo("25.00");
        assertThat(report.grade()).isEqualTo(Grade.D);
    }

    @Test
    void noRespondentsGiveNoIndex() {
        IkmReport report = IkmReport.of(0, new long[9]);

        assertThat(report.ikm()).isNull();
        assertThat(report.grade()).isNull();
        assertThat(report.elements()).isEmpty();
    }

    @Test
    void gradesFollowTheRegulationsIntervalsAtEveryBoundary() {
        assertThat(List.of("100.00", "88.31", "88.30", "76.61", "76.60", "65.00", "64.99", "25.00").stream()
                .map(value -> Grade.of(new BigDecimal(value))).toList())
                .containsExactly(Grade.A, Grade.A, Grade.B, Grade.B, Grade.C, Grade.C, Grade.D, Grade.D);
    }

    private static long[] sums(int[][] answers) {
        long[] sums = new long[9];
        for (int[] row : answers) {
            for (int i = 0; i < 9; i++) {
                sums[i] += row[i];
            }
        }
        return sums;
    }
}
