package id.serambi.imports.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.serambi.imports.ImportFileException;
import id.serambi.imports.Preset;
import id.serambi.imports.Upload;
import id.serambi.shared.CsvReader;

/**
 * Opens an uploaded file (UTF-8 unless the uploader chose another character set, optional BOM) and scans it once. It
 * recognises, off its first line: an SQL dump (the {@code member} table's INSERT statements); SLiMS's member export
 * with or without its header row (values MySQL-escaped, see {@link MysqlEscapedRecords}); else CSV with a header row,
 * separator , ; or tab.
 */
public final class CsvFiles {

    static final int FEW = 50;
    /** The member tables of SLiMS ({@code member}) and INLISLite ({@code members}). */
    private static final List<String> DUMP_TABLES = List.of("member", "members");

    private CsvFiles() {
    }

    /** The file as text in its character set, without its byte order mark; undecodable bytes fail the read. */
    public static Reader reader(Path file, Charset charset) throws IOException {
        Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        PushbackReader in = new PushbackReader(reader, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }

    /** The file's records in its dialect, from its first member row on (past the header row when it has one). */
    public static Records records(Reader in, Upload upload) {
        Records records = switch (upload.dialect()) {
            case CSV -> new CsvReader(in, upload.separator())::next;
            case MYSQL_ESCAPED -> new MysqlEscapedRecords(in, upload.separator(), upload.enclosure());
            case SQL_DUMP -> new MysqlDumpRecords(new BufferedReader(in), DUMP_TABLES);
        };
        if (upload.headerRow() || upload.dialect() == Upload.Dialect.SQL_DUMP) {
            records.next();
        }
        return records;
    }

    /** Reads the header, counts the rows and keeps each column's distinct values while there are few. */
    public static Upload scan(String id, String fileName, Path file, Charset charset) {
        long badLine = firstUndecodableLine(file, charset);
        if (badLine > 0) {
            throw new ImportFileException("imports.file.encodingAt", badLine);
        }
        try {
            Upload format = format(id, fileName, file, charset);
            try (Reader reader = reader(file, charset)) {
                return scan(format, records(reader, format));
            }
        } catch (CharacterCodingException e) {
            throw new ImportFileException("imports.file.encoding");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new ImportFileException("imports.file.encoding");
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Upload scan(Upload format, Records records) {
        List<String> header = format.header();
        Map<String, Set<String>> few = new HashMap<>();
        header.forEach(column -> few.put(column, new LinkedHashSet<>()));
        long rows = 0;
        for (List<String> record = records.next(); record != null; record = records.next()) {
            if (record.size() == 1 && record.getFirst().isBlank()) {
                continue;
            }
            rows++;
            collect(header, few, record);
        }
        few.values().removeIf(values -> values.size() > FEW);
        return new Upload(format.id(), format.fileName(), format.separator(), header, rows, Preset.detect(header),
                few, format.dialect(), format.enclosure(), format.headerRow(), format.charset());
    }

    /** How the file is written, read off its first line (and, for a dump, its CREATE TABLE). */
    private static Upload format(String id, String fileName, Path file, Charset charset) throws IOException {
        String line;
        try (BufferedReader in = new BufferedReader(reader(file, charset))) {
            line = in.readLine();
            while (line != null && line.isBlank()) {
                line = in.readLine();
            }
        }
        if (line == null) {
            throw new ImportFileException("imports.file.empty");
        }
        if (MysqlDumpRecords.looksLikeDump(line)) {
            List<String> header;
            try (Reader in = reader(file, charset)) {
                header = new MysqlDumpRecords(new BufferedReader(in), DUMP_TABLES).next();
            }
            if (header == null || header.isEmpty()) {
                throw new ImportFileException("imports.file.dumpWithoutMembers");
            }
            return upload(id, fileName, ',', header, Upload.Dialect.SQL_DUMP, '\'', false, charset);
        }
        Upload slims = slimsExport(id, fileName, line, charset);
        if (slims != null) {
            return slims;
        }
        char separator = separator(line);
        List<String> header = new CsvReader(new java.io.StringReader(line), separator).next();
        header = withoutTrailingBlanks(header.stream().map(String::strip).toList());
        if (header.stream().allMatch(String::isBlank)) {
            throw new ImportFileException("imports.file.empty");
        }
        return upload(id, fileName, separator, header, Upload.Dialect.CSV, '"', true, charset);
    }

    /**
     * SLiMS's member export: every value enclosed, the 18 columns of {@link Preset#SLIMS_EXPORT_COLUMNS} with their
     * names first (the header row, ending with a separator) or a member straight away (gender 0 or 1, an expiry date).
     */
    private static Upload slimsExport(String id, String fileName, String line, Charset charset) {
        char enclosure = line.charAt(0);
        if (Character.isLetterOrDigit(enclosure) || Character.isWhitespace(enclosure)) {
            return null;
        }
        int close = 1;
        while (close < line.length() && line.charAt(close) != enclosure) {
            close += line.charAt(close) == '\\' ? 2 : 1;
        }
        if (close + 1 >= line.length()) {
            return null;
        }
        char separator = line.charAt(close + 1);
        List<String> first = new MysqlEscapedRecords(new java.io.StringReader(line), separator, enclosure).next();
        List<String> columns = Preset.SLIMS_EXPORT_COLUMNS;
        if (withoutTrailingBlanks(first).equals(columns)) {
            return upload(id, fileName, separator, columns, Upload.Dialect.MYSQL_ESCAPED, enclosure, true, charset);
        }
        if (first.size() == columns.size() && List.of("0", "1").contains(first.get(2).strip())
                && expiry(first.get(columns.indexOf("expire_date")).strip())) {
            return upload(id, fileName, separator, columns, Upload.Dialect.MYSQL_ESCAPED, enclosure, false, charset);
        }
        return null;
    }

    /** SLiMS's expiry date is never NULL, but may be MySQL's zero date. */
    private static boolean expiry(String value) {
        return value.startsWith("0000-00-00") || RowMapper.parse(value) != null;
    }

    private static Upload upload(String id, String fileName, char separator, List<String> header,
            Upload.Dialect dialect, char enclosure, boolean headerRow, Charset charset) {
        return new Upload(id, fileName, separator, header, 0, Preset.detect(header), Map.of(), dialect, enclosure,
                headerRow, charset);
    }

    /** A header row that ends with a separator (SLiMS writes one after every name) has no blank last column. */
    private static List<String> withoutTrailingBlanks(List<String> header) {
        List<String> names = new ArrayList<>(header);
        while (names.size() > 1 && names.getLast().isBlank()) {
            names.removeLast();
        }
        return names;
    }

    private static void collect(List<String> header, Map<String, Set<String>> few, List<String> record) {
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            Set<String> values = few.get(header.get(i));
            if (values.size() <= FEW) {
                values.add(record.get(i).strip());
            }
        }
    }

    private static char separator(String line) {
        long commas = line.chars().filter(c -> c == ',').count();
        long semicolons = line.chars().filter(c -> c == ';').count();
        long tabs = line.chars().filter(c -> c == '\t').count();
        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    /** The line (1 = first) of the first byte that is not text in the character set, or 0 when all is. */
    static long firstUndecodableLine(Path file, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                bytes.position(bytes.position() + Math.max(read, 0));
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                line += newlines(chars);
                if (result.isError()) {
                    return line;
                }
                bytes.compact();
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long newlines(CharBuffer chars) {
        chars.flip();
        long count = 0;
        while (chars.hasRemaining()) {
            count += chars.get() == '\n' ? 1 : 0;
        }
        chars.clear();
        return count;
    }

    /** A file that cannot be read: a byte its encoding cannot decode is the library's to fix (a choice of encoding). */
    static RuntimeException unreadable(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return new ImportFileException("imports.file.encoding");
        }
        return e instanceof UncheckedIOException unchecked ? unchecked : new UncheckedIOException((IOException) e);
    }
}
