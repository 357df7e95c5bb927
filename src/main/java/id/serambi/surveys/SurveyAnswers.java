package id.serambi.surveys;

import java.util.List;

/**
 * One filled-in questionnaire, as it arrives (texts are checked by {@link SurveyService}).
 *
 * @param service a service code of the library
 * @param answers nine integers 1..4, for U1..U9
 */
public record SurveyAnswers(String service, List<Integer> answers, Integer age, String sex, String education,
        String occupation) {
}
