package id.serambi.shared.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import id.serambi.shared.DataDirectory;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the settings are read, while Spring builds the
 * rest of the application (about four seconds of one core on a small server); {@link SerambiDatabase} then claims the
 * server, still starting or running, and opens its pool and migrates the schema beside the rest of the start. The
 * database's own processes use the other core, so a first start (initdb, migrations) or a restart costs little
 * waiting. Registered by {@code SerambiApplication.main}; a test context that does not go
 * through {@code main} starts the server when the database bean is made, as before.
 */
public final class EmbeddedDatabaseHeadStart implements SmartApplicationListener {

    private static final Map<Path, CompletableFuture<EmbeddedPostgresServer>> STARTING = new ConcurrentHashMap<>();

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
                || ApplicationFailedEvent.class.isAssignableFrom(eventType);
    }

    /** After the configuration files and environment variables are in the environment. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            begin(prepared.getEnvironment());
        } else if (event instanceof ApplicationFailedEvent) {
            stopUnclaimed();
        }
    }

    static void begin(ConfigurableEnvironment environment) {
        DatabaseProperties properties = Binder.get(environment).bind("serambi.db", DatabaseProperties.class)
                .orElseGet(() -> new DatabaseProperties(null, null, null, null, false));
        if (!properties.embedded()) {
            return;
        }
        Path directory = new DataDirectory(Path.of(environment.getProperty("serambi.data-dir", "data"))).root()
                .resolve("postgres");
        boolean durable = !properties.ephemeral();
        STARTING.computeIfAbsent(directory, where -> {
            CompletableFuture<EmbeddedPostgresServer> server = new CompletableFuture<>();
            Thread starter = new Thread(() -> {
                try {
                    server.complete(EmbeddedPostgresServer.start(where, durable));
                } catch (Throwable failed) {
                    server.completeExceptionally(failed);
                }
            }, "serambi-database-start");
            starter.setDaemon(true);
            starter.start();
            return server;
        });
    }

    /** The start begun ahead for this directory, taken (the caller now owns the server), or null when there is none. */
    static CompletableFuture<EmbeddedPostgresServer> claim(Path directory) {
        return STARTING.remove(directory.toAbsolutePath().normalize());
    }

    /** The directories whose server was started ahead and not taken yet. */
    static Set<Path> pending() {
        return Set.copyOf(STARTING.keySet());
    }

    /** A start that failed before the database was taken leaves no PostgreSQL running behind it. */
    static void stopUnclaimed() {
        for (Path directory : STARTING.keySet()) {
            CompletableFuture<EmbeddedPostgresServer> started = STARTING.remove(directory);
            if (started != null) {
                try {
                    started.join().close();
                } catch (RuntimeException notStarted) {
                    // nothing is running
                }
            }
        }
    }
}
