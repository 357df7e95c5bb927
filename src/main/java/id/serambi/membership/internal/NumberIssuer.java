package id.serambi.membership.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.RememberedRows;

/**
 * Issues member numbers from the library's pattern. The counter row is incremented with one atomic
 * {@code insert … on conflict do update … returning}: concurrent registrations wait for each other on that row, so no
 * two members share a number, and a number once committed is never issued again.
 */
@Component
public class NumberIssuer {

    private final JdbcClient jdbc;
    /** Read by every registration, changed by an administrator now and then. */
    private final RememberedRows<LibraryId, MembershipSettings> remembered =
            new RememberedRows<>(RememberedRows.SHARED_DATABASE_DELAY);

    NumberIssuer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String next(Library library, LocalDate today) {
        NumberPattern pattern = settings(library).pattern();
        long sequence = jdbc.sql("""
                insert into member_number_counter (library_id, period, last_value) values (?, ?, 1)
                on conflict (library_id, period) do update set last_value = member_number_counter.last_value + 1
                returning last_value""")
                .params(library.idValue(), pattern.period(today.getYear())).query(Long.class).single();
        return pattern.format(today.getYear(), sequence);
    }

    /** The library's membership settings; the defaults are written on first use. */
    public MembershipSettings settings(Library library) {
        return remembered.get(library.id(), id -> read(library).orElseGet(() -> {
            jdbc.sql("insert into membership_settings (library_id, number_pattern) values (?, ?)"
                    + " on conflict do nothing")
                    .params(library.idValue(), NumberPattern.defaultFor(library.code()).pattern()).update();
            return read(library).orElseThrow();
        }));
    }

    private Optional<MembershipSettings> read(Library library) {
        return jdbc.sql("select number_pattern, renewal_from from membership_settings where library_id = ?")
                .param(library.idValue())
                .query((rs, row) -> new MembershipSettings(new NumberPattern(rs.getString(1)),
                        MembershipSettings.RenewalFrom.valueOf(rs.getString(2))))
                .optional();
    }

    /** Changes the library's settings; issued numbers stay as they are and the counters go on. */
    @Transactional
    public MembershipSettings change(Library library, String pattern, String renewalFrom) {
        List<FieldProblem> problems = new ArrayList<>();
        if (pattern == null || !pattern.matches("[A-Za-z0-9./{}:-]{1,40}") || !NumberPattern.valid(pattern)) {
            problems.add(FieldProblem.of("numberPattern", "membership.settings.pattern"));
        }
        MembershipSettings.RenewalFrom from = Arrays.stream(MembershipSettings.RenewalFrom.values())
                .filter(value -> value.name().equals(renewalFrom)).findFirst().orElse(null);
        if (from == null) {
            problems.add(FieldProblem.of("renewalFrom", "membership.settings.renewalFrom"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        settings(library);
        remembered.forget();
        jdbc.sql("update membership_settings set number_pattern = ?, renewal_from = ? where library_id = ?")
                .params(pattern, from.name(), library.idValue()).update();
        return settings(library);
    }
}
