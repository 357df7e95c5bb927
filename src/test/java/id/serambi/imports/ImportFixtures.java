package id.serambi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

import id.serambi.support.Api;

/** Generated member files, the import API called with them, and waiting for a run to finish. */
final class ImportFixtures {

    /** The old system's member types in generated files, all mapped to Lebak's one category. */
    static final String TYPES = "type.1=umum&type.2=umum&type.3=umum";

    private ImportFixtures() {
    }

    record Generated(Path file, Map<MemberFileGenerator.Bad, List<Long>> bad, long rows, String prefix) {

        /** Rows the import refuses (the soft kinds are imported with a warning). */
        long badRows() {
            return bad.entrySet().stream().filter(e -> !e.getKey().soft()).mapToLong(e -> e.getValue().size()).sum();
        }
    }

    static Generated aFile(String preset, long rows, int badPercent) {
        try {
            String prefix = "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36) + "-";
            Path file = Files.createTempFile("import-" + preset, ".csv");
            file.toFile().deleteOnExit();
            return new Generated(file, MemberFileGenerator.write(file, preset, rows,
                    ThreadLocalRandom.current().nextLong(), badPercent, prefix), rows, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode importAndWait(Api api, String library, Path file, String query) {
        try {
            Api.Response started = api.postBytes("/api/v1/libraries/" + library + "/imports?" + query, "text/csv",
                    Files.readAllBytes(file));
            assertThat(started.status()).as(started.text()).isEqualTo(202);
            return waitFor(api, started.header("Location"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode waitFor(Api api, String location) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            JsonNode run = api.get(location).json();
            if (!"RUNNING".equals(run.get("status").asString()) || System.nanoTime() > deadline) {
                return run;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
