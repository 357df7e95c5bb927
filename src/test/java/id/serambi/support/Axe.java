package id.serambi.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque, MPL-2.0) run in the page through Selenium: the WCAG 2.0/2.1 A and AA rules. The script is not kept
 * in the repository: the first run packs the pinned version from the npm registry into {@code target/axe-core/}
 * ({@code npm pack}, as the build reaches Maven Central). Without npm the test is skipped outside CI and fails in CI.
 */
public final class Axe {

    static final String VERSION = "4.10.3";
    static final Path HOME = Path.of("target", "axe-core");
    static final Path SCRIPT = HOME.resolve("package").resolve("axe.min.js");

    private static String source;

    private Axe() {
    }

    /** The violations axe finds on the page now, one line each: rule, impact, and the elements concerned. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(script());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                                    resultTypes: ['violations'] })
                   .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' -> '
                        + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')
                            .replace(/\\s+/g, ' ')).join(' | '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        return (List<String>) result;
    }

    private static synchronized String script() {
        if (source == null) {
            try {
                if (!Files.exists(SCRIPT)) {
                    pack();
                }
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    private static void pack() throws IOException {
        Files.createDirectories(HOME);
        String tarball = "axe-core-" + VERSION + ".tgz";
        if (!run(List.of("npm", "pack", "axe-core@" + VERSION, "--silent"))
                || !run(List.of("tar", "-xzf", tarball))) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI needs npm to fetch axe-core " + VERSION + " (apt-get install npm)");
            }
            Assumptions.abort("axe-core could not be fetched with npm; accessibility scan skipped outside CI");
        }
    }

    private static boolean run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
