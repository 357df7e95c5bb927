package id.serambi.imports.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads SLiMS's member export (Membership → Export): every value is enclosed (by {@code "} unless the librarian chose
 * another character) and passed through MySQL's string escaping first, so a quote inside a value is {@code \"}, an
 * apostrophe {@code \'}, a backslash {@code \\} and a line break the two characters {@code \n}: a record is always one
 * physical line, ended by a line feed or (an export option) a carriage return. A doubled enclosure means nothing
 * special here. Escapes are undone; NUL and Ctrl-Z escapes are dropped.
 */
final class MysqlEscapedRecords implements Records {

    private final Reader in;
    private final char separator;
    private final char enclosure;

    MysqlEscapedRecords(Reader in, char separator, char enclosure) {
        this.in = in;
        this.separator = separator;
        this.enclosure = enclosure;
    }

    @Override
    public List<String> next() {
        try {
            int c = read();
            while (c == '\n' || c == '\r') {
                c = read();
            }
            if (c == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (true) {
                if (c == -1 || (!quoted && (c == '\n' || c == '\r'))) {
                    fields.add(field.toString());
                    return fields;
                }
                if (c == '\\') {
                    unescape(field, read());
                } else if (c == enclosure) {
                    quoted = !quoted;
                } else if (c == separator && !quoted) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append((char) c);
                }
                c = read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** MySQL's escapes (mysqli::real_escape_string, PDO::quote): \0 \n \r \Z and a backslash before \ ' ". */
    static void unescape(StringBuilder field, int escaped) {
        switch (escaped) {
            case -1 -> field.append('\\');
            case 'n' -> field.append('\n');
            case 'r' -> field.append('\r');
            case 't' -> field.append('\t');
            case '0', 'Z' -> {
                // NUL and Ctrl-Z carry nothing a member's data needs
            }
            default -> field.append((char) escaped);
        }
    }

    private int read() throws IOException {
        return in.read();
    }
}
