package id.serambi.imports.internal;

import java.lang.management.ManagementFactory;
import java.time.Instant;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.serambi.imports.ImportService;

/**
 * At start-up, imports that an earlier process was running when it stopped (a restart, a crash) are shown as
 * interrupted instead of running for ever: their upload lived in that process's memory, and their transaction
 * rolled back with it.
 */
@Component
class InterruptedImports {

    private final ImportService imports;

    InterruptedImports(ImportService imports) {
        this.imports = imports;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        imports.failInterrupted(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
    }
}
