package id.serambi.imports.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.serambi.imports.ColumnMapping;
import id.serambi.imports.Preset;
import id.serambi.imports.Target;
import id.serambi.membership.ImportedMember;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.PlainText;

/**
 * Reads one record of the file through a mapping. Dates are read in the forms older systems export (ISO, with a
 * time, MySQL's zero date as "none", day/month/year); the registration rules then judge the values.
 */
public final class RowMapper {

    private static final List<DateTimeFormatter> DATES = List.of(strict("d/M/uuuu"), strict("d-M-uuuu"),
            strict("d.M.uuuu"));

    private final ColumnMapping mapping;
    private final Map<Target, Integer> positions = new EnumMap<>(Target.class);
    private final int columns;

    public RowMapper(ColumnMapping mapping, List<String> header) {
        this.mapping = mapping;
        this.columns = header.size();
        mapping.columns().forEach((target, column) -> {
            int position = header.indexOf(column);
            if (position >= 0) {
                positions.put(target, position);
            }
        });
    }

    /** What a file must carry even when a preset's other columns are absent from a given version's export. */
    private static final Set<Target> REQUIRED = EnumSet.of(Target.FULL_NAME, Target.BIRTH_DATE, Target.SEX);

    /**
     * The mapped targets whose column the file lacks: for a preset only the required ones (versions of INLISLite and
     * SLiMS differ in their other columns, which are then simply not read); for a custom mapping any.
     */
    public List<Target> missing() {
        return mapping.columns().keySet().stream().filter(target -> !positions.containsKey(target))
                .filter(target -> mapping.preset() == Preset.CUSTOM || REQUIRED.contains(target)).toList();
    }

    /** A row read out of its cells, with the problems found before the registration rules (unreadable dates). */
    public record Mapped(ImportedMember member, List<FieldProblem> problems) {
    }

    public Mapped map(List<String> cells) {
        List<FieldProblem> problems = new ArrayList<>();
        if (cells.size() < columns) {
            // A broken line (cut short, or a line break the export did not escape): its cells are not where the
            // header says, and nothing in it can be trusted to be what it seems.
            problems.add(FieldProblem.of("row", "imports.row.short", cells.size(), columns));
            return new Mapped(null, problems);
        }
        LocalDate registered = date(problems, Target.REGISTERED_ON, cells);
        LocalDate expires = date(problems, Target.EXPIRES_ON, cells);
        LocalDate since = date(problems, Target.MEMBER_SINCE, cells);
        if (registered != null && expires != null && expires.isBefore(registered)) {
            problems.add(FieldProblem.of("expiresOn", "imports.expiry.beforeRegistration"));
        }
        plainText(problems, cells);
        String birth = cell(cells, Target.BIRTH_DATE);
        LocalDate birthDate = birth == null ? null : parse(birth);
        if (birth != null && birth.startsWith("0000-00-00")) {
            problems.add(FieldProblem.of("birthDate", "imports.birthDate.zero"));
        }
        ImportedMember member = new ImportedMember(cell(cells, Target.MEMBER_NUMBER), cell(cells, Target.FULL_NAME),
                cell(cells, Target.NIK), cell(cells, Target.BIRTH_PLACE),
                birthDate == null ? birth : birthDate.toString(), mapping.sex(cell(cells, Target.SEX)),
                cell(cells, Target.ADDRESS), cell(cells, Target.REGION_CODE), cell(cells, Target.MOTHER_NAME),
                positions.containsKey(Target.MOTHER_NAME), cell(cells, Target.PHONE), cell(cells, Target.EMAIL),
                mapping.category(cell(cells, Target.MEMBER_TYPE)), cell(cells, Target.INSTITUTION),
                cell(cells, Target.GUARDIAN_NAME), registered, expires, since, cell(cells, Target.POSTAL_CODE),
                cell(cells, Target.NOTES), dayMonthNotices(cells));
        return new Mapped(member, problems);
    }

    /** A cell the desk would refuse (a line break in a name, a direction override, an escape sequence). */
    private void plainText(List<FieldProblem> problems, List<String> cells) {
        for (Target target : positions.keySet()) {
            String refusal = PlainText.refusal(cell(cells, target),
                    target == Target.ADDRESS || target == Target.NOTES);
            if (refusal != null) {
                problems.add(FieldProblem.of(target.field() == null ? "memberNumber" : target.field(), refusal));
            }
        }
    }

    /**
     * A notice for each date written with its day and month both 12 or less in another order than year-month-day
     * (03/04/1990): it was read as day/month (3 April), as Indonesian files write it; staff can check it.
     */
    private List<String> dayMonthNotices(List<String> cells) {
        List<String> notices = new ArrayList<>();
        for (Target target : List.of(Target.BIRTH_DATE, Target.REGISTERED_ON, Target.EXPIRES_ON,
                Target.MEMBER_SINCE)) {
            String value = cell(cells, target);
            LocalDate date = value == null || isoShaped(value.length() > 10 ? value.substring(0, 10) : value) ? null
                    : parse(value);
            if (date != null && date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue()) {
                notices.add("imports.warning.dayMonth:" + value + " = " + date);
            }
        }
        return notices;
    }

    private String cell(List<String> cells, Target target) {
        Integer position = positions.get(target);
        if (position == null || position >= cells.size()) {
            return null;
        }
        String value = cells.get(position).strip();
        return value.isEmpty() || value.equalsIgnoreCase("NULL") ? null : value;
    }

    private LocalDate date(List<FieldProblem> problems, Target target, List<String> cells) {
        String value = cell(cells, target);
        if (value == null || value.startsWith("0000-00-00")) {
            return null;
        }
        LocalDate date = parse(value);
        if (date == null) {
            problems.add(FieldProblem.of(target.field(), "imports.date.format", value));
        }
        return date;
    }

    private static boolean isoShaped(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** Strict, so that 31/02/1990 is refused rather than read as the last day of February. */
    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date in any of the accepted forms, or null. */
    static LocalDate parse(String value) {
        String text = value.length() > 10 && value.charAt(4) == '-' ? value.substring(0, 10) : value;
        if (isoShaped(text)) {
            // yyyy-mm-dd, nearly every row of a file: read without the formatter's machinery, refused alike.
            try {
                return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
            } catch (DateTimeException impossible) {
                return null;
            }
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notIso) {
            for (DateTimeFormatter format : DATES) {
                try {
                    return LocalDate.parse(text, format);
                } catch (DateTimeParseException next) {
                    // try the next form
                }
            }
            return null;
        }
    }
}
