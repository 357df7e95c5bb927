package id.serambi.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * {@code serambi.training-run=true}: starts completely (database, migrations, seeds, web server), then shuts down
 * cleanly, database included. {@code bin/serambi} runs this once per jar and JDK so that the JVM can record the
 * classes a start loads (an AOT or CDS cache) and load them ready-made on every later start.
 */
@Component
class TrainingRun implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        // Read at run time, not as a bean condition: with Spring's build-time processing (bin/serambi) conditions
        // are settled when the jar is built.
        if (!event.getApplicationContext().getEnvironment().getProperty("serambi.training-run", Boolean.class,
                false)) {
            return;
        }
        log.info("Training run: started, shutting down");
        System.exit(SpringApplication.exit(event.getApplicationContext()));
    }
}
