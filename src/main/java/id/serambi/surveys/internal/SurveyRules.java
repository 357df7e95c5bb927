package id.serambi.surveys.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.serambi.shared.FieldProblem;
import id.serambi.surveys.Respondent;
import id.serambi.surveys.SurveyAnswers;
import id.serambi.surveys.SurveyElement;

/** What a questionnaire must hold before it counts: nine answers 1..4 and the four respondent fields. */
public final class SurveyRules {

    private SurveyRules() {
    }

    public static List<FieldProblem> problems(SurveyAnswers answers) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Integer> values = answers.answers();
        if (values == null || values.size() != SurveyElement.COUNT) {
            problems.add(FieldProblem.of("answers", "surveys.validation.count", SurveyElement.COUNT));
        } else {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null || values.get(i) < 1 || values.get(i) > 4) {
                    problems.add(FieldProblem.of("answers[" + i + "]", "surveys.validation.answer",
                            SurveyElement.values()[i].name()));
                }
            }
        }
        if (answers.age() == null || answers.age() < Respondent.MIN_AGE || answers.age() > Respondent.MAX_AGE) {
            problems.add(FieldProblem.of("age", "surveys.validation.age", Respondent.MIN_AGE, Respondent.MAX_AGE));
        }
        check(problems, "sex", answers.sex(), Respondent.Sex.class);
        check(problems, "education", answers.education(), Respondent.Education.class);
        check(problems, "occupation", answers.occupation(), Respondent.Occupation.class);
        return problems;
    }

    public static <E extends Enum<E>> E parse(String value, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    private static <E extends Enum<E>> void check(List<FieldProblem> problems, String field, String value,
            Class<E> type) {
        if (parse(value, type) == null) {
            problems.add(FieldProblem.of(field, "surveys.validation.choice",
                    Arrays.toString(type.getEnumConstants())));
        }
    }
}
