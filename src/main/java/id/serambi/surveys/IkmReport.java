package id.serambi.surveys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The satisfaction index over a set of questionnaires. Per element NRR = mean answer; SKM = Σ NRR × weight;
 * IKM = SKM × 25. The weight is exactly 1/9 (so that all answers 4 give 100.00); {@code ikmPrintedWeight} is the
 * same with the regulation's printed, rounded weight 0.11 (all answers 4 give 99.00).
 */
public record IkmReport(int respondents, List<ElementScore> elements, BigDecimal ikm, BigDecimal ikmPrintedWeight,
        Grade grade) {

    public static final String WEIGHT = "1/9";
    static final BigDecimal PRINTED_WEIGHT = new BigDecimal("0.11");
    private static final BigDecimal SCALE = BigDecimal.valueOf(25);

    /** One element's mean (NRR, three decimals as the regulation tabulates) and its weighted share. */
    public record ElementScore(SurveyElement element, BigDecimal nrr, BigDecimal weighted) {
    }

    /**
     * @param respondents how many questionnaires
     * @param sums the sum of the answers per element, U1..U9
     */
    public static IkmReport of(int respondents, long[] sums) {
        if (sums.length != SurveyElement.COUNT) {
            throw new IllegalArgumentException("need " + SurveyElement.COUNT + " sums, got " + sums.length);
        }
        if (respondents == 0) {
            return new IkmReport(0, List.of(), null, null, null);
        }
        List<ElementScore> elements = new ArrayList<>();
        long total = 0;
        for (SurveyElement element : SurveyElement.values()) {
            long sum = sums[element.ordinal()];
            total += sum;
            BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(respondents), 3, RoundingMode.HALF_UP);
            BigDecimal weighted = BigDecimal.valueOf(sum)
                    .divide(BigDecimal.valueOf(9L * respondents), 3, RoundingMode.HALF_UP);
            elements.add(new ElementScore(element, mean, weighted));
        }
        // From the unrounded means: IKM = Σ(sum/n) / 9 × 25 = total × 25 / (9 n).
        BigDecimal ikm = BigDecimal.valueOf(total).multiply(SCALE)
                .divide(BigDecimal.valueOf(9L * respondents), 2, RoundingMode.HALF_UP);
        BigDecimal printed = BigDecimal.valueOf(total).multiply(PRINTED_WEIGHT).multiply(SCALE)
                .divide(BigDecimal.valueOf(respondents), 2, RoundingMode.HALF_UP);
        return new IkmReport(respondents, List.copyOf(elements), ikm, printed, Grade.of(ikm));
    }

    /** The elements from the weakest to the strongest, for deciding what to improve first. */
    public List<ElementScore> weakestFirst() {
        return elements.stream().sorted(Comparator.comparing(ElementScore::nrr)
                .thenComparing(ElementScore::element)).toList();
    }
}
