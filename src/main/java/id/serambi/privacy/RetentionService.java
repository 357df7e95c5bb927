package id.serambi.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate transaction;

    RetentionService(RetentionRepository retention, MemberErasure membership, GuestBookPrivacy guestBook,
            ActionLog actions, Clock clock, TransactionTemplate transaction) {
        this.retention = retention;
        this.membership = membership;
        this.guestBook = guestBook;
        this.actions = actions;
        this.clock = clock;
        this.transaction = transaction;
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

    /**
     * Applies the library's rules now; logs and answers what it did. Each application is erased in its own
     * transaction with its log entry, so a run that stops half-way keeps what it erased and the next run finds the
     * rest; one application that cannot be erased is logged and left for the next run, the others go on.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RetentionRun run(Library library) {
        RetentionSettings rules = retention.settings(library.id());
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(library.timezone()));
        List<String> stale = membership.unverifiedOnlineBefore(library.id(),
                today.minusDays(rules.unverifiedApplicationDays()));
        int erased = 0;
        for (String number : stale) {
            if (eraseOne(library, number, rules, now)) {
                erased++;
            }
        }
        int visits = guestBook.anonymiseNonMembersBefore(library.id(), today.minusMonths(rules.guestBookMonths()));
        RetentionRun run = new RetentionRun(now, erased, visits);
        Long staff = CurrentStaff.accountIdOrNull();
        transaction.executeWithoutResult(status -> retention.logRun(library.id(), run, staff));
        log.info("Retention in {}: {} of {} unverified online applications erased, {} guest-book visits anonymised",
                library.code(), erased, stale.size(), run.visitsAnonymised());
        return run;
    }

    private boolean eraseOne(Library library, String number, RetentionSettings rules, Instant now) {
        try {
            transaction.executeWithoutResult(status -> {
                membership.erase(library, number, "RETENTION");
                actions.add(library.id(), number, "ERASED_BY_RETENTION", rules.unverifiedApplicationDays() + "d",
                        CurrentStaff.accountIdOrNull(), now);
            });
            return true;
        } catch (RuntimeException e) {
            log.error("Retention in {} could not erase {}; the next run tries again", library.code(), number, e);
            return false;
        }
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
