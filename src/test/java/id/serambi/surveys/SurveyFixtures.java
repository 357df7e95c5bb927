package id.serambi.surveys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Questionnaires for tests. */
final class SurveyFixtures {

    private SurveyFixtures() {
    }

    static Map<String, Object> aQuestionnaire(String service, List<Integer> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("service", service);
        body.put("answers", answers);
        body.put("age", 34);
        body.put("sex", "FEMALE");
        body.put("education", "S1");
        body.put("occupation", "PNS");
        return body;
    }
}
