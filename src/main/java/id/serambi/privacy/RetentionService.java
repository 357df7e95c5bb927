package id.serambi.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.frontoffice.GuestBookPrivacy;
import id.serambi.libraries.Library;
import id.serambi.membership.MemberErasure;
import id.serambi.privacy.internal.ActionLog;
import id.serambi.privacy.internal.RetentionRepository;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.security.CurrentStaff;

/**
 * Retention rules per library, applied by day of the library's own calendar: never-verified online applications are
 * erased (the row stays, so counts do not change) and non-members' guest-book fields are anonymised.
 */
@Service
@Transactional
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    private final RetentionRepository retention;
    private final MemberErasure membership;
    private final GuestBookPrivacy guestBook;
    private final ActionLog actions;
    private final Clock clock;

    RetentionService(RetentionRepository retention, MemberErasure membership, GuestBookPrivacy guestBook,
            ActionLog actions, Clock clock) {
        this.retention = retention;
        this.membership = membership;
        this.guestBook = guestBook;
        this.actions = actions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RetentionSettings settings(Library library) {
        return retention.settings(library.id());
    }

    public RetentionSettings save(Library library, RetentionSettings settings) {
        List<FieldProblem> problems = new ArrayList<>();
        RetentionSettings s = settings == null ? new RetentionSettings(null, null) : settings;
        check(problems, "unverifiedApplicationDays", s.unverifiedApplicationDays(), 3650);
        check(problems, "guestBookMonths", s.guestBookMonths(), 120);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        retention.save(library.id(), s, CurrentStaff.accountIdOrNull(), clock.instant());
        return s;
    }

    /** Applies the library's rules now; logs and answers what it did. */
    public RetentionRun run(Library library) {
        RetentionSettings rules = retention.settings(library.id());
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(library.timezone()));
        List<String> stale = membership.unverifiedOnlineBefore(library.id(),
                today.minusDays(rules.unverifiedApplicationDays()));
        for (String number : stale) {
            membership.erase(library, number, "RETENTION");
            actions.add(library.id(), number, "ERASED_BY_RETENTION", rules.unverifiedApplicationDays() + "d",
                    CurrentStaff.accountIdOrNull(), now);
        }
        int visits = guestBook.anonymiseNonMembersBefore(library.id(), today.minusMonths(rules.guestBookMonths()));
        RetentionRun run = new RetentionRun(now, stale.size(), visits);
        retention.logRun(library.id(), run, CurrentStaff.accountIdOrNull());
        log.info("Retention in {}: {} unverified online applications erased, {} guest-book visits anonymised",
                library.code(), run.applicationsErased(), run.visitsAnonymised());
        return run;
    }

    @Transactional(readOnly = true)
    public List<RetentionRun> lastRuns(Library library) {
        return retention.lastRuns(library.id(), 10);
    }

    private static void check(List<FieldProblem> problems, String field, Integer value, int max) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "validation.required"));
        } else if (value < 1 || value > max) {
            problems.add(FieldProblem.of(field, "privacy.error.range", "1", String.valueOf(max)));
        }
    }
}
