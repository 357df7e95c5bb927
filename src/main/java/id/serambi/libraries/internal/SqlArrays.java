package id.serambi.libraries.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Reads and writes PostgreSQL text arrays. */
final class SqlArrays {

    private SqlArrays() {
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    static <E extends Enum<E>> List<E> enums(ResultSet rs, String column, Function<String, E> parse)
            throws SQLException {
        return strings(rs, column).stream().map(parse).toList();
    }

    static String[] of(List<?> values) {
        return values.stream().map(value -> value instanceof Enum<?> e ? e.name() : String.valueOf(value))
                .toArray(String[]::new);
    }
}
