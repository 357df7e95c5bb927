package id.serambi.surveys;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cases.CaseTickets;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceStandard;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.NotFoundException;
import id.serambi.shared.PeriodRule;
import id.serambi.surveys.internal.BallotGuard;
import id.serambi.surveys.internal.SurveyRepository;
import id.serambi.surveys.internal.SurveyRules;

/** Takes in satisfaction questionnaires and computes the IKM per period and service. */
@Service
@Transactional
public class SurveyService {

    static final int MAX_PERIOD_DAYS = 3 * PeriodRule.YEAR_DAYS;
    static final int MAX_REASON = 500;

    private final SurveyRepository surveys;
    private final LibraryService libraries;
    private final Clock clock;
    private final BallotGuard guard;
    private final CaseTickets tickets;

    SurveyService(SurveyRepository surveys, LibraryService libraries, Clock clock, BallotGuard guard,
            CaseTickets tickets) {
        this.tickets = tickets;
        this.surveys = surveys;
        this.libraries = libraries;
        this.clock = clock;
        this.guard = guard;
    }

    /** Stores one questionnaire sent from nowhere in particular (sample data); see the other {@code submit}. */
    public void submit(Library library, SurveyAnswers answers) {
        submit(library, answers, null);
    }

    /**
     * Stores one questionnaire from a client address; any wrong field refuses it whole. One of a burst that looks
     * like ballot stuffing is stored flagged and held out of the IKM until reviewed ({@link BallotGuard}).
     */
    public void submit(Library library, SurveyAnswers answers, String clientAddress) {
        submit(library, answers, clientAddress, null);
    }

    /**
     * As above, answered from a ticket's QR code when {@code caseToken} is given: the questionnaire is about that
     * case's service and is linked to the case; a second one for the same case is refused (409), an unknown token too
     * (404).
     */
    public void submit(Library library, SurveyAnswers answers, String clientAddress, String caseToken) {
        UUID caseId = null;
        if (caseToken != null && !caseToken.isBlank()) {
            CaseTickets.SurveyCase surveyed = requireUnanswered(library, caseToken);
            caseId = surveyed.caseId();
            answers = new SurveyAnswers(surveyed.serviceCode(), answers.answers(), answers.age(), answers.sex(),
                    answers.education(), answers.occupation());
        }
        List<FieldProblem> problems = new ArrayList<>(SurveyRules.problems(answers));
        if (!isService(library, answers.service())) {
            problems.addFirst(FieldProblem.of("service", "surveys.validation.service"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        String addressKey = clientAddress == null ? null : guard.addressKey(clientAddress);
        try {
            surveys.insert(library.id(), answers.service(), now, answers.answers(), answers.age(),
                    SurveyRules.parse(answers.sex(), Respondent.Sex.class),
                    SurveyRules.parse(answers.education(), Respondent.Education.class),
                    SurveyRules.parse(answers.occupation(), Respondent.Occupation.class), addressKey, caseId);
        } catch (DuplicateKeyException raced) {
            throw new CaseAnsweredException();
        }
        guard.check(library.id(), answers.service(), answers.answers(), addressKey, now);
    }

    /** The case of the ticket's token, not yet answered: else 404 (unknown token) or 409 (answered). */
    @Transactional(readOnly = true)
    public CaseTickets.SurveyCase requireUnanswered(Library library, String caseToken) {
        CaseTickets.SurveyCase surveyed = tickets.surveyCase(library, caseToken)
                .orElseThrow(() -> new NotFoundException("surveys.error.caseUnknown"));
        if (surveys.answeredCase(library.id(), surveyed.caseId())) {
            throw new CaseAnsweredException();
        }
        return surveyed;
    }

    /** The flagged questionnaires of a period (days in the library's time zone, inclusive), newest first. */
    @Transactional(readOnly = true)
    public List<FlaggedResponse> flagged(Library library, LocalDate from, LocalDate to) {
        return surveys.flagged(library.id(), from.atStartOfDay(library.timezone()).toInstant(),
                to.plusDays(1).atStartOfDay(library.timezone()).toInstant());
    }

    /** How many questionnaires of the period the IKM leaves out (flagged and waiting, excluded). */
    @Transactional(readOnly = true)
    public HeldOut heldOut(Library library, LocalDate from, LocalDate to, String service) {
        return surveys.heldOut(library.id(), from.atStartOfDay(library.timezone()).toInstant(),
                to.plusDays(1).atStartOfDay(library.timezone()).toInstant(), service);
    }

    /**
     * A KABID's or KEPALA's decision on a questionnaire: {@code EXCLUDE} keeps it out of the IKM, {@code INCLUDE}
     * counts it; the reason is required and logged with who and when.
     */
    public void review(Library library, long response, String decision, String reason, String reviewer) {
        List<FieldProblem> problems = new ArrayList<>();
        String stored = "EXCLUDE".equals(decision) ? "EXCLUDED" : "INCLUDE".equals(decision) ? "INCLUDED" : null;
        if (stored == null) {
            problems.add(FieldProblem.of("decision", "surveys.validation.decision"));
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            problems.add(FieldProblem.of("reason", "surveys.validation.reason", MAX_REASON));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!surveys.review(library.id(), response, stored, reason.strip(), reviewer, clock.instant())) {
            throw new NotFoundException("surveys.error.responseNotFound", response);
        }
    }

    /** The IKM of the questionnaires from {@code from} to {@code to} (days in the library's time zone, inclusive). */
    @Transactional(readOnly = true)
    public IkmReport ikm(Library library, LocalDate from, LocalDate to, String service) {
        List<FieldProblem> problems = new ArrayList<>();
        PeriodRule.check(from, to, MAX_PERIOD_DAYS).ifPresent(refused -> problems.add(
                refused == PeriodRule.Refusal.OUT_OF_ORDER ? FieldProblem.of("to", "surveys.validation.period")
                        : FieldProblem.of("from", "surveys.validation.periodTooLong", MAX_PERIOD_DAYS)));
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
