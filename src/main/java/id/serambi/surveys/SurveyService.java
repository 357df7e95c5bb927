package id.serambi.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceStandard;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;
import id.serambi.surveys.internal.SurveyRepository;
import id.serambi.surveys.internal.SurveyRules;

/** Takes in satisfaction questionnaires and computes the IKM per period and service. */
@Service
@Transactional
public class SurveyService {

    static final int MAX_PERIOD_DAYS = 3 * 366;

    private final SurveyRepository surveys;
    private final LibraryService libraries;
    private final Clock clock;

    SurveyService(SurveyRepository surveys, LibraryService libraries, Clock clock) {
        this.surveys = surveys;
        this.libraries = libraries;
        this.clock = clock;
    }

    /** Stores one questionnaire; any wrong field refuses it whole. */
    public void submit(Library library, SurveyAnswers answers) {
        List<FieldProblem> problems = new ArrayList<>(SurveyRules.problems(answers));
        if (!isService(library, answers.service())) {
            problems.addFirst(FieldProblem.of("service", "surveys.validation.service"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        surveys.insert(library.id(), answers.service(), clock.instant(), answers.answers(), answers.age(),
                SurveyRules.parse(answers.sex(), Respondent.Sex.class),
                SurveyRules.parse(answers.education(), Respondent.Education.class),
                SurveyRules.parse(answers.occupation(), Respondent.Occupation.class));
    }

    /** The IKM of the questionnaires from {@code from} to {@code to} (days in the library's time zone, inclusive). */
    @Transactional(readOnly = true)
    public IkmReport ikm(Library library, LocalDate from, LocalDate to, String service) {
        List<FieldProblem> problems = new ArrayList<>();
        if (from.isAfter(to)) {
            problems.add(FieldProblem.of("to", "surveys.validation.period"));
        } else if (from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            problems.add(FieldProblem.of("from", "surveys.validation.periodTooLong", MAX_PERIOD_DAYS));
        }
        if (service != null && !isService(library, service)) {
            problems.add(FieldProblem.of("service", "surveys.validation.service"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SurveyRepository.Totals totals = surveys.totals(library.id(),
                from.atStartOfDay(library.timezone()).toInstant(),
                to.plusDays(1).atStartOfDay(library.timezone()).toInstant(), service);
        return IkmReport.of(totals.respondents(), totals.sums());
    }

    /** Today in the library's time zone, for default periods. */
    public LocalDate today(Library library) {
        return LocalDate.now(clock.withZone(library.timezone()));
    }

    public List<ServiceStandard> services(Library library) {
        return libraries.standards(library.id());
    }

    private boolean isService(Library library, String code) {
        return code != null && libraries.standards(library.id()).stream().anyMatch(s -> s.code().equals(code));
    }
}
