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
 * [--report rejected.csv] [--lang en] FILE} imports members the way the admin page does and exits; the rejected rows
 * go to the report file (next to FILE, {@code .rejected.csv}, by default). Does nothing when the app runs as a server.
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
        Library library = libraries.require(arguments.getOptionValues("library").getFirst());
        Preset preset = Preset.valueOf(option(arguments, "preset", "custom").toUpperCase(Locale.ROOT));
        Map<String, String> types = new HashMap<>();
        for (String type : arguments.getOptionValues("type") == null ? List.<String>of()
                : arguments.getOptionValues("type")) {
            types.put(type.substring(0, type.indexOf('=')), type.substring(type.indexOf('=') + 1));
        }
        ColumnMapping mapping = new ColumnMapping(preset, preset.columns(), types,
                option(arguments, "default-category", null));
        Path file = Path.of(arguments.getNonOptionArgs().getLast()).toAbsolutePath();
        LocaleContextHolder.setLocale(Locale.forLanguageTag(option(arguments, "lang", "id")));
        ImportRun run = importFile(library, file, mapping);
        Path report = Path.of(option(arguments, "report", file + ".rejected.csv"));
        Files.writeString(report, imports.rejectedReport(library, run.id()), StandardCharsets.UTF_8);
        log.info("IMPORT {}: {} rows, {} imported, {} rejected, {} renumbered; rejected rows in {}", run.status(),
                run.totalRows(), run.imported(), run.rejected(), run.renumbered(), report);
        if (run.status() != ImportRun.Status.DONE) {
            throw new IllegalStateException("Import failed, nothing was imported: " + run.failure());
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

    private static String option(ApplicationArguments arguments, String name, String otherwise) {
        List<String> values = arguments.getOptionValues(name);
        return values == null || values.isEmpty() ? otherwise : values.getFirst();
    }
}
