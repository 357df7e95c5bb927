package id.serambi.shared;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV one record at a time: quoted fields, doubled quotes, line breaks inside quotes. */
public final class CsvReader {

    private final Reader in;
    private final char separator;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private int pushedBack = -2;

    public CsvReader(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    public CsvReader(Reader in) {
        this(in, ',');
    }

    /** The next record, or null at the end of the input. */
    public List<String> next() {
        try {
            int c = read();
            if (c == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        break;
                    } else if (c == '"') {
                        int following = read();
                        if (following == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = following;
                            continue;
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n' || c == -1) {
                    if (c == '\r') {
                        int following = read();
                        if (following != '\n') {
                            pushedBack = following;
                        }
                    }
                    break;
                } else {
                    field.append((char) c);
                }
                c = read();
            }
            fields.add(field.toString());
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        if (position == limit) {
            // Reads a block at a time: a reader's read() per character (synchronised, and through each wrapper) was
            // most of the cost of reading a million-row import.
            int read = in.read(buffer, 0, buffer.length);
            if (read <= 0) {
                return -1;
            }
            position = 0;
            limit = read;
        }
        return buffer[position++];
    }
}
