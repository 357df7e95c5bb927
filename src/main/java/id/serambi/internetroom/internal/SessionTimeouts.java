package id.serambi.internetroom.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import id.serambi.internetroom.InternetRoomService;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;

/** Ends sessions whose time ran out, twice a minute, so that the staff page and the statistics stay true. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SessionTimeouts {

    private final LibraryService libraries;
    private final InternetRoomService internetRoom;

    SessionTimeouts(LibraryService libraries, InternetRoomService internetRoom) {
        this.libraries = libraries;
        this.internetRoom = internetRoom;
    }

    @Scheduled(fixedDelayString = "${serambi.internet.expiry-check:PT30S}", initialDelayString = "PT30S")
    void endSessionsWhoseTimeRanOut() {
        for (Library library : libraries.all()) {
            internetRoom.expireDue(library);
        }
    }
}
