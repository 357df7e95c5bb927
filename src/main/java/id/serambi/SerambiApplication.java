package id.serambi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import id.serambi.backup.BackupCommand;
import id.serambi.imports.ImportCommand;
import id.serambi.shared.database.EmbeddedDatabaseHeadStart;

@SpringBootApplication
public class SerambiApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SerambiApplication.class);
        // Not while the build prepares the context ahead of time (spring-boot:process-aot): no database is needed then.
        if (!Boolean.getBoolean("spring.aot.processing")) {
            application.addListeners(new EmbeddedDatabaseHeadStart());
        }
        if (BackupCommand.isCommand(args) || ImportCommand.isCommand(args)) {
            String[] withFreePort = java.util.Arrays.copyOf(args, args.length + 1);
            withFreePort[args.length] = "--server.port=0";
            System.exit(SpringApplication.exit(application.run(withFreePort)));
        }
        application.run(args);
    }
}
