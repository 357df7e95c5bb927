package id.serambi.membership.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.membership.MemberImport;
import id.serambi.shared.PackedKeys;

/**
 * What an import reads of the library's members before and while it writes ({@link BulkMemberWriter} writes): the
 * live NIK keys and numbers, the form of issued numbers, members earlier imports brought in, and their name words.
 */
@Component
public class ImportLookups {

    private final JdbcClient jdbc;
    private final NumberIssuer numbers;

    ImportLookups(JdbcClient jdbc, NumberIssuer numbers) {
        this.jdbc = jdbc;
        this.numbers = numbers;
    }

    /** The NIK blind indexes of the library's live members, read a few thousand rows at a time. */
    public PackedKeys liveNikKeys(Library library) {
        PackedKeys keys = PackedKeys.set();
        jdbc.sql("select nik_index from member where library_id = ? and status <> 'REPLACED'"
                + " and nik_index is not null").withFetchSize(5000)
                .param(library.idValue()).query(rs -> {
                    keys.add(rs.getBytes(1));
                });
        return keys;
    }

    /** Every member number of the library, read a few thousand rows at a time. */
    public PackedKeys memberNumbers(Library library) {
        PackedKeys numbers = PackedKeys.set();
        jdbc.sql("select member_number from member where library_id = ?").withFetchSize(5000)
                .param(library.idValue()).query(rs -> {
                    numbers.add(rs.getString(1));
                });
        return numbers;
    }

    /** Matches numbers of the form the library's pattern issues (any year, any sequence). */
    public Predicate<String> issuedNumberTest(Library library) {
        String pattern = numbers.settings(library).pattern().pattern();
        String regex = Pattern.quote(pattern).replace("{YYYY}", "\\E\\d{4}\\Q").replace("{YY}", "\\E\\d{2}\\Q")
                .replaceAll("\\{SEQ:\\d+}", "\\\\E\\\\d+\\\\Q");
        return Pattern.compile(regex).asMatchPredicate();
    }

    /** The library's members that imports brought in (live ones), to match a re-imported row to its person. */
    public List<MemberImport.Earlier> earlierImports(Library library) {
        return jdbc.sql("""
                select id, member_number, former_number, full_name, birth_date, nik_index from member
                where library_id = ? and former_number is not null and status not in ('REPLACED', 'ERASED')""")
                .withFetchSize(5000).param(library.idValue())
                .query((rs, n) -> new MemberImport.Earlier(rs.getLong(1), rs.getString(2),
                        rs.getString(3), earlierKey(rs.getString(4), rs.getDate(5).toLocalDate()), rs.getBytes(6)))
                .list();
    }

    private static String earlierKey(String fullName, LocalDate birthDate) {
        return fullName.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + "|" + birthDate;
    }

    /** Live members whose number, or number in the old system, is the given one in any letter case (at most 2). */
    public List<String> currentNumbers(LibraryId library, String number) {
        return jdbc.sql("""
                select member_number from member
                where library_id = ? and (lower(member_number) = lower(?) or lower(former_number) = lower(?))
                  and status not in ('REPLACED', 'ERASED')
                limit 2""").params(library.value(), number, number).query(String.class).list();
    }

    /** The words of the library's members' names, as the search's word list holds them. */
    public Set<String> nameWords(Library library) {
        return new HashSet<>(jdbc.sql("select word from member_name_word where library_id = ?")
                .param(library.idValue()).query(String.class).list());
    }
}
