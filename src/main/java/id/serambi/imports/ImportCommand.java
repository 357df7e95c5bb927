package id.serambi.imports;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;

/**
 * {@code java -jar serambi.jar import --library lebak --preset slims [--default-category umum] [--type 1=umum]
 * [--report rejected.csv] [--lang en] FILE} (also {@code --library=lebak}) imports members the way the admin page
 * does and exits; the rejected rows go to the report file (next to FILE, {@code .rejected.csv}, by default). Does
 * nothing when the app runs as a server.
 */
@Component
public class ImportCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

    private final ImportService imports;
    private final LibraryService libraries;

    ImportCommand(ImportService imports, LibraryService libraries) {
        this.imports = imports;
        this.libraries = libraries;
    }

    /** Whether the command line asks for an import rather than the server. */
    public static boolean isCommand(String... args) {
        return args.length >= 2 && "import".equals(args[0]);
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        String[] args = arguments.getSourceArgs();
        if (!isCommand(args)) {
            return;
        }
        Options options = Options.parse(args);
        Library library = libraries.require(options.required("library"));
        String presetName = options.first("preset", "custom").toUpperCase(Locale.ROOT);
        Preset preset;
        try {
            preset = Preset.valueOf(presetName);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--preset must be one of " + List.of(Preset.values()).toString()
                    .toLowerCase(Locale.ROOT) + "\n" + USAGE, e);
        }
        Map<String, String> types = new HashMap<>();
        for (String type : options.all("type")) {
            if (type.indexOf('=') < 1) {
                throw new IllegalArgumentException("--type needs CODE=category, e.g. --type 1=umum\n" + USAGE);
            }
            types.put(type.substring(0, type.indexOf('=')), type.substring(type.indexOf('=') + 1));
        }
        ColumnMapping mapping = new ColumnMapping(preset, preset.columns(), types,
                options.first("default-category", null));
        Path file = options.file().toAbsolutePath();
        LocaleContextHolder.setLocale(Locale.forLanguageTag(options.first("lang", "id")));
        ImportRun run = importFile(library, file, mapping);
        Path report = Path.of(options.first("report", file + ".rejected.csv"));
        Files.writeString(report, imports.rejectedReport(library, run.id()), StandardCharsets.UTF_8);
        log.info("IMPORT {}: {} rows, {} imported, {} rejected, {} renumbered; rejected rows in {}", run.status(),
                run.totalRows(), run.imported(), run.rejected(), run.renumbered(), report);
        if (run.status() != ImportRun.Status.DONE) {
            throw new IllegalStateException("Import failed, nothing was imported: " + run.failure());
        }
    }

    static final String USAGE = "usage: java -jar serambi.jar import --library CODE"
            + " [--preset slims_export|slims|inlislite_anggota|inlislite|custom] [--default-category CODE]"
            + " [--type OLD=NEW ...] [--report FILE] [--lang id|en] FILE";

    /**
     * The command line: every option takes a value, written {@code --name value} or {@code --name=value}; the last
     * argument that is not an option is the file.
     */
    record Options(Map<String, List<String>> values, Path file) {

        static Options parse(String... args) {
            Map<String, List<String>> values = new HashMap<>();
            Path file = null;
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("--")) {
                    String name = arg.substring(2);
                    String value;
                    int equals = name.indexOf('=');
                    if (equals >= 0) {
                        value = name.substring(equals + 1);
                        name = name.substring(0, equals);
                    } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        value = args[++i];
                    } else {
                        throw new IllegalArgumentException("--" + name + " needs a value\n" + USAGE);
                    }
                    values.computeIfAbsent(name, key -> new java.util.ArrayList<>()).add(value);
                } else {
                    file = Path.of(arg);
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("which file? The last argument is the CSV file\n" + USAGE);
            }
            return new Options(values, file);
        }

        String required(String name) {
            String value = first(name, null);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("--" + name + " is required\n" + USAGE);
            }
            return value;
        }

        String first(String name, String otherwise) {
            List<String> given = values.get(name);
            return given == null || given.isEmpty() ? otherwise : given.getFirst();
        }

        List<String> all(String name) {
            return values.getOrDefault(name, List.of());
        }
    }

    private ImportRun importFile(Library library, Path file, ColumnMapping mapping) throws Exception {
        long started = System.nanoTime();
        Upload upload;
        try (InputStream in = Files.newInputStream(file)) {
            upload = imports.upload(library, file.getFileName().toString(), in);
        }
        ImportRun run = imports.runNow(library, upload.id(), mapping);
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("IMPORT TIME {} rows in {} s = {} rows/s", run.totalRows(), String.format("%.1f", seconds),
                Math.round(run.totalRows() / seconds));
        return run;
    }
}
