package id.serambi.imports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.serambi.imports.ColumnMapping;
import id.serambi.imports.Target;
import id.serambi.membership.MemberImport;
import id.serambi.membership.PreparedMember;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.PackedKeys;

/**
 * Checks rows of one file: each row alone with the registration rules (safe in parallel), then, in file order, the
 * NIK against the library's members and the rows before it, and whether the old member number can be kept.
 */
public final class RowChecker {

    /** A record of the file with its row number (the header is row 1, as a spreadsheet shows it). */
    public record Raw(long rowNumber, List<String> cells) {
    }

    /** What became of a row: accepted (maybe under a new number) or rejected with reasons. */
    public record Decided(Raw raw, PreparedMember member, boolean renumbered, List<Rejection> rejections) {
    }

    /** A row checked alone: the prepared member or the problems. */
    record Checked(Raw raw, PreparedMember member, List<FieldProblem> problems) {
    }

    private final MemberImport.Session session;
    private final RowMapper mapper;
    private final ColumnMapping mapping;
    /** The NIKs of the rows accepted so far (blind indexes), each with its row. */
    private final PackedKeys nikRows = PackedKeys.withNumbers();
    private final PackedKeys numbersKept = PackedKeys.set();

    RowChecker(MemberImport.Session session, RowMapper mapper, ColumnMapping mapping) {
        this.session = session;
        this.mapper = mapper;
        this.mapping = mapping;
    }

    /** The membership side of the import: what the library holds, and how rows are checked and written. */
    MemberImport.Session session() {
        return session;
    }

    /** Checks a row alone; thread-safe. */
    Checked alone(Raw raw) {
        RowMapper.Mapped mapped = mapper.map(raw.cells());
        if (mapped.member() == null) {
            return new Checked(raw, null, mapped.problems());
        }
        MemberImport.Checked checked = session.check(mapped.member());
        List<FieldProblem> problems = new ArrayList<>(mapped.problems());
        // The reading's own finding about a field (a zero date) says more than the rules' about the same field.
        checked.problems().stream().filter(problem -> mapped.problems().stream()
                .noneMatch(first -> first.field().equals(problem.field()))).forEach(problems::add);
        return new Checked(raw, problems.isEmpty() ? checked.member() : null, problems);
    }

    /** Decides a row checked alone, in file order; not thread-safe. */
    Decided inOrder(Checked row) {
        if (row.member() == null) {
            return rejected(row.raw(), row.problems());
        }
        PreparedMember member = session.matchEarlier(row.member());
        if (session.nikRegistered(member)) {
            return rejected(row.raw(), List.of(FieldProblem.of("nik", "imports.nik.registered")));
        }
        long first = member.nikMissing() ? PackedKeys.ABSENT
                : nikRows.putIfAbsent(member.nikKey(), row.raw().rowNumber());
        if (first != PackedKeys.ABSENT) {
            return rejected(row.raw(), List.of(FieldProblem.of("nik", "imports.nik.duplicate", first)));
        }
        if (member.updatesEarlier()) {
            return new Decided(row.raw(), member, false, List.of());
        }
        String old = member.oldNumber();
        if (old != null && session.numberKeepable(old) && numbersKept.add(old)) {
            return new Decided(row.raw(), member, false, List.of());
        }
        return new Decided(row.raw(), member.renumbered(), old != null, List.of());
    }

    private Decided rejected(Raw raw, List<FieldProblem> problems) {
        List<Rejection> rejections = problems.stream().map(problem -> new Rejection(raw.rowNumber(),
                problem.field(), column(problem.field()), problem.messageKey(),
                Arrays.stream(problem.args()).map(String::valueOf).toList(), raw.cells())).toList();
        return new Decided(raw, null, false, rejections);
    }

    private String column(String field) {
        Target target = Target.ofField(field);
        return target == null ? null : mapping.column(target);
    }
}
