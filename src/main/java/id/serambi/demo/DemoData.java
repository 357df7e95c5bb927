package id.serambi.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.complaints.ComplaintService;
import id.serambi.complaints.NewComplaint;
import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.frontoffice.NewVisit;
import id.serambi.frontoffice.VisitChoice;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.surveys.SurveyAnswers;
import id.serambi.surveys.SurveyService;

/**
 * Adds, once per data directory, thirty days of guest-book visits, a few complaints (as filed on the public web
 * form) and satisfaction questionnaires to every library, through the same services the desk uses. A fixed seed makes the figures repeatable.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final int DAYS = 30;
    static final List<String> NAMES = List.of("Siti Aminah", "Budi Santoso", "Dewi Lestari", "Agus Salim",
            "Rina Wulandari", "Hendra Gunawan", "Nur Aisyah", "Yusuf Maulana", "Putri Ayu", "Rudi Hartono");
    static final List<String> COMPLAINTS = List.of("Ruang baca terlalu panas pada siang hari.",
            "Koleksi buku anak perlu ditambah.", "Wi-Fi di ruang internet sering terputus.",
            "Mohon jam layanan hari Sabtu diperpanjang.");

    private final boolean enabled;
    private final LibraryService libraries;
    private final FrontOfficeService frontOffice;
    private final ComplaintService complaints;
    private final SurveyService surveys;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DemoData(DemoProperties settings, LibraryService libraries,
            FrontOfficeService frontOffice, ComplaintService complaints,
            SurveyService surveys, JdbcClient jdbc, Clock clock, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.enabled = settings.demoData();
        this.libraries = libraries;
        this.frontOffice = frontOffice;
        this.complaints = complaints;
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** After the libraries' default guest-book purposes exist (also added when the application is ready). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void addOnce() {
        if (!enabled || alreadyAdded()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> add());
        } catch (RuntimeException e) {
            log.error("Demo data could not be added; Serambi runs without it", e);
        }
    }

    private void add() {
        Random random = new Random(2026);
        for (Library library : libraries.all()) {
            visits(library, random);
            for (int i = 0; i < 3; i++) {
                complaints.file(library, new NewComplaint("WEBSITE", COMPLAINTS.get(random.nextInt(COMPLAINTS.size())),
                        NAMES.get(random.nextInt(NAMES.size())), null, false, false));
            }
            libraries.standards(library.id()).stream().findFirst().ifPresent(service -> {
                for (int i = 0; i < 12; i++) {
                    surveys.submit(library, new SurveyAnswers(service.code(), answers(random), 18 + random.nextInt(40),
                            random.nextBoolean() ? "MALE" : "FEMALE", "SMA", "PELAJAR_MAHASISWA"));
                }
            });
        }
        jdbc.sql("insert into demo_data (added_at) values (now())").update();
        log.info("Demo data added: {} days of visits, complaints and questionnaires for every library", DAYS);
    }

    private void visits(Library library, Random random) {
        List<VisitChoice> purposes = frontOffice.purposes(library.id());
        LocalDate today = LocalDate.now(clock.withZone(library.timezone()));
        for (int back = DAYS - 1; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            int visitors = 5 + random.nextInt(20);
            for (int i = 0; i < visitors; i++) {
                Instant at = day.atTime(8 + random.nextInt(7), random.nextInt(60)).atZone(library.timezone())
                        .toInstant();
                String purpose = purposes.get(random.nextInt(purposes.size())).code();
                frontOffice.recordVisitAt(library, new NewVisit("NON_MEMBER", null, purpose, null,
                        NAMES.get(random.nextInt(NAMES.size())), random.nextBoolean() ? "MALE" : "FEMALE",
                        "Pelajar", "SMA", null, null, null, null, null, null, null), at);
            }
            if (random.nextInt(5) == 0) {
                int size = 10 + random.nextInt(25);
                int male = random.nextInt(size + 1);
                frontOffice.recordVisitAt(library, new NewVisit("GROUP", null, purposes.getFirst().code(), null, null,
                        null, null, null, "SD Negeri " + (1 + random.nextInt(9)), null, "Kunjungan kelas", size,
                        "Wali kelas", null, new NewVisit.Breakdown(male, size - male)),
                        day.atTime(9, 30).atZone(library.timezone()).toInstant());
            }
        }
    }

    private static List<Integer> answers(Random random) {
        return java.util.stream.IntStream.range(0, 9).mapToObj(i -> 2 + random.nextInt(3)).toList();
    }

    private boolean alreadyAdded() {
        return jdbc.sql("select count(*) from demo_data").query(Integer.class).single() > 0;
    }
}
