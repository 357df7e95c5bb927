package id.serambi.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.Library;
import id.serambi.membership.internal.ApplicationValidator;
import id.serambi.membership.internal.BulkMemberWriter;
import id.serambi.membership.internal.ImportLookups;
import id.serambi.membership.internal.ReimportedMembers;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.PackedKeys;

/**
 * Bulk registration for imports from older systems: each row is checked with the same validator as a registration at
 * the desk, encrypted and blind-indexed the same way, and written in batches inside the caller's transaction.
 */
@Service
public class MemberImport {

    /** About 20 MB of checked, encrypted rows; a million-row file renumbers about 1 % of its rows. */
    static final int AWAITING_NUMBERS_AT_MOST = 20_000;

    private static final Pattern KEEPABLE_NUMBER = Pattern.compile("[A-Za-z0-9./-]{1,40}");

    private final BulkMemberWriter writer;
    private final ImportLookups lookups;
    private final ReimportedMembers reimported;
    private final Clock clock;

    MemberImport(BulkMemberWriter writer, ImportLookups lookups, ReimportedMembers reimported, Clock clock) {
        this.reimported = reimported;
        this.writer = writer;
        this.lookups = lookups;
        this.clock = clock;
    }

    /** Starts checking rows for a library: reads its categories once and what it already holds. */
    @Transactional
    public Session open(Library library) {
        Session session = new Session(library, writer.validatorFor(library), lookups.liveNikKeys(library),
                lookups.memberNumbers(library), lookups.issuedNumberTest(library), lookups.nameWords(library),
                LocalDate.now(clock.withZone(library.timezone())));
        for (Earlier earlier : lookups.earlierImports(library)) {
            session.byFormerNumber.put(earlier.formerNumber().toLowerCase(java.util.Locale.ROOT), earlier);
            session.byNameAndBirth.merge(earlier.nameAndBirth(), earlier, (first, second) -> Earlier.AMBIGUOUS);
        }
        return session;
    }

    /**
     * A member an earlier import brought in: its id, number, the old system's number, name and birth date (the keys
     * a re-imported row is matched by) and NIK index (null when no NIK is recorded).
     */
    public record Earlier(long memberId, String memberNumber, String formerNumber, String nameAndBirth,
            byte[] nikIndex) {

        static final Earlier AMBIGUOUS = new Earlier(-1, null, null, null, null);

        static String key(String fullName, LocalDate birthDate) {
            return fullName.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ") + "|" + birthDate;
        }
    }

    /**
     * Writes checked rows as approved members with their consent and history, and tells the card-copying modules. Must
     * run inside the import's transaction, so that an abort leaves nothing. Rows that need a new number wait (up to
     * {@value #AWAITING_NUMBERS_AT_MOST}) for {@link #finish}: numbering locks the library's counter until the import
     * commits (numbers stay gapless), and the library's desk and KTA Online would wait that long for theirs. Returns
     * the rows written now.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int write(Session session, List<PreparedMember> members, String note) {
        List<BulkMemberWriter.Row> now = new ArrayList<>(members.size());
        int updated = 0;
        for (PreparedMember member : members) {
            if (member.updatesEarlier()) {
                reimported.update(session.library, member.earlier().memberId(), member.row(), note);
                updated++;
            } else if (member.oldNumber() == null && !session.numbering) {
                session.awaitingNumbers.add(member.row());
            } else {
                now.add(member.row());
            }
        }
        int written = updated + (now.isEmpty() ? 0 : writer.write(session.library, now, note, session.nameWords));
        if (session.awaitingNumbers.size() >= session.awaitingAtMost) {
            written += finish(session, note);
        }
        return written;
    }

    /**
     * Writes the rows still waiting for a new number, in the order they came; from then on rows are numbered as they
     * come. The last step of an import, inside its transaction; returns the rows written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int finish(Session session, String note) {
        session.numbering = session.numbering || !session.awaitingNumbers.isEmpty();
        if (session.awaitingNumbers.isEmpty()) {
            return 0;
        }
        int written = writer.write(session.library, List.copyOf(session.awaitingNumbers), note, session.nameWords);
        session.awaitingNumbers.clear();
        return written;
    }

    /**
     * The live member number a scanned or typed number stands for when no card has it as it is: the same number in
     * another letter case (older systems' numbers are not case-sensitive), or the number an imported member had in
     * the old system. Empty when none, or when more than one member would fit.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> currentNumber(id.serambi.libraries.LibraryId library, String scanned) {
        List<String> numbers = lookups.currentNumbers(library, scanned);
        return numbers.size() == 1 ? java.util.Optional.of(numbers.getFirst()) : java.util.Optional.empty();
    }

    /**
     * After an import has committed: the planner's statistics and the name indexes brought up to date now rather
     * than when autovacuum next comes by (until then a library's first import is searched and checked with a plan
     * for an empty library, and every name search reads the name indexes' pending lists).
     */
    public void refreshAfterImport() {
        writer.refreshAfterImport();
    }

    /** The outcome of checking one row: the prepared member, or the problems field by field. */
    public record Checked(PreparedMember member, List<FieldProblem> problems) {

        public boolean valid() {
            return member != null;
        }
    }

    /** Checks rows of one library; safe to use from many threads at once. */
    public final class Session {

        private final Library library;
        private final ApplicationValidator validator;
        private final PackedKeys liveNiks;
        private final PackedKeys numbers;
        private final Predicate<String> issuedByPattern;
        /**
         * The library's name words (for name search) as they stood when the import began, and those its batches have
         * added since: a batch sends only words that are new, not the same few thousand common ones again each time.
         * Only the writer, one batch after the other, touches it.
         */
        private final Set<String> nameWords;
        private final LocalDate today;
        /** Members earlier imports brought in, by the old system's number (lower case) and by name and birth date. */
        private final java.util.Map<String, Earlier> byFormerNumber = new java.util.HashMap<>();
        private final java.util.Map<String, Earlier> byNameAndBirth = new java.util.HashMap<>();
        /** Rows that need a new number, kept back until the end of the import (or until there are many). */
        private final List<BulkMemberWriter.Row> awaitingNumbers = new ArrayList<>();
        /** Whether the import has taken numbers (and so holds the counter until it commits). */
        private boolean numbering;
        private int awaitingAtMost = AWAITING_NUMBERS_AT_MOST;

        Session(Library library, ApplicationValidator validator, PackedKeys liveNiks, PackedKeys numbers,
                Predicate<String> issuedByPattern, Set<String> nameWords, LocalDate today) {
            this.library = library;
            this.validator = validator;
            this.liveNiks = liveNiks;
            this.numbers = numbers;
            this.issuedByPattern = issuedByPattern;
            this.nameWords = nameWords;
            this.today = today;
        }

        /** Tests: how many rows may wait for numbers. */
        void awaitingAtMost(int rows) {
            awaitingAtMost = rows;
        }

        public Checked check(ImportedMember row) {
            try {
                return new Checked(new PreparedMember(writer.prepare(library, validator, row, today)), List.of());
            } catch (InvalidInputException refused) {
                return new Checked(null, refused.fieldProblems());
            }
        }

        /** Whether a live member of the library already has this NIK (the member the row updates aside). */
        public boolean nikRegistered(PreparedMember member) {
            byte[] key = member.nikKey();
            if (key == null) {
                return false;
            }
            if (member.updatesEarlier() && member.earlier().nikIndex() != null
                    && java.util.Arrays.equals(member.earlier().nikIndex(), key)) {
                return false;
            }
            return liveNiks.contains(key);
        }

        /**
         * The row as a correction of the member an earlier import brought in, when it is the same person: the same
         * old-system number (letter case aside), else the same name and birth date (when only one such member);
         * else the row as it is.
         */
        public PreparedMember matchEarlier(PreparedMember member) {
            Earlier earlier = member.row().formerNumber() == null ? null
                    : byFormerNumber.get(member.row().formerNumber().toLowerCase(java.util.Locale.ROOT));
            if (earlier == null) {
                earlier = byNameAndBirth.get(Earlier.key(member.row().application().fullName(),
                        member.row().application().birthDate()));
            }
            return earlier == null || earlier == Earlier.AMBIGUOUS ? member : member.updating(earlier);
        }

        /**
         * Whether an old number can be kept: not blank, at most 40 plain characters, not taken in the library, and
         * not of the form the library's own pattern issues (which would collide with a future registration).
         */
        public boolean numberKeepable(String number) {
            return number != null && KEEPABLE_NUMBER.matcher(number).matches() && !numbers.contains(number)
                    && !issuedByPattern.test(number);
        }
    }
}
