package id.serambi.internetroom.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import id.serambi.internetroom.InternetRoomService;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.scheduling.Schedule;
import id.serambi.shared.scheduling.ScheduledJob;

/** Ends sessions whose time ran out, twice a minute, so that the staff page and the statistics stay true. */
@Component
@EnableConfigurationProperties(InternetRoomProperties.class)
class SessionTimeouts implements ScheduledJob {

    private final LibraryService libraries;
    private final InternetRoomService internetRoom;
    private final InternetRoomProperties settings;

    SessionTimeouts(LibraryService libraries, InternetRoomService internetRoom, InternetRoomProperties settings) {
        this.libraries = libraries;
        this.internetRoom = internetRoom;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "internetroom.end-expired-sessions";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofSeconds(30), settings.expiryCheck());
    }

    @Override
    public void run() {
        for (Library library : libraries.all()) {
            internetRoom.expireDue(library);
        }
    }
}
