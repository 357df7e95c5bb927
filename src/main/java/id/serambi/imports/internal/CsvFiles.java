package id.serambi.imports.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.serambi.imports.ImportFileException;
import id.serambi.imports.Preset;
import id.serambi.imports.Upload;
import id.serambi.shared.CsvReader;

/** Opens an uploaded CSV (UTF-8, optional BOM, separator , ; or tab read off the header) and scans it once. */
public final class CsvFiles {

    static final int FEW = 50;

    private CsvFiles() {
    }

    /** The file as UTF-8 text without its byte order mark; bytes that are not UTF-8 fail the read. */
    public static Reader reader(Path file) throws IOException {
        Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        PushbackReader in = new PushbackReader(reader, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }

    /** Reads the header, counts the rows and keeps each column's distinct values while there are few. */
    public static Upload scan(String id, String fileName, Path file) {
        try {
            char separator = separator(file);
            try (Reader reader = reader(file)) {
                return scan(id, fileName, separator, new CsvReader(reader, separator));
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

    private static Upload scan(String id, String fileName, char separator, CsvReader csv) {
        List<String> header = csv.next();
        if (header == null || header.stream().allMatch(String::isBlank)) {
            throw new ImportFileException("imports.file.empty");
        }
        header = header.stream().map(String::strip).toList();
        Map<String, Set<String>> few = new HashMap<>();
        header.forEach(column -> few.put(column, new LinkedHashSet<>()));
        long rows = 0;
        for (List<String> record = csv.next(); record != null; record = csv.next()) {
            if (record.size() == 1 && record.getFirst().isBlank()) {
                continue;
            }
            rows++;
            collect(header, few, record);
        }
        few.values().removeIf(values -> values.size() > FEW);
        return new Upload(id, fileName, separator, header, rows, Preset.detect(header), few);
    }

    private static void collect(List<String> header, Map<String, Set<String>> few, List<String> record) {
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            Set<String> values = few.get(header.get(i));
            if (values.size() <= FEW) {
                values.add(record.get(i).strip());
            }
        }
    }

    private static char separator(Path file) throws IOException {
        String line;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            line = reader.readLine();
        }
        if (line == null) {
            throw new ImportFileException("imports.file.empty");
        }
        long commas = line.chars().filter(c -> c == ',').count();
        long semicolons = line.chars().filter(c -> c == ';').count();
        long tabs = line.chars().filter(c -> c == '\t').count();
        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
