package id.serambi.reports;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.serambi.frontoffice.NewVisit;

/** Data for the oversight tests: visits, questionnaires and complaints with fresh text each time. */
final class OversightFixtures {

    private OversightFixtures() {
    }

    static NewVisit nonMember(String name) {
        return new NewVisit("NON_MEMBER", null, null, null, name, "MALE", "Pelajar", "SMA", "SMAN 1", "Muara Teweh",
                null, null, null, null, null);
    }

    static NewVisit group(int size) {
        return new NewVisit("GROUP", null, null, null, null, null, null, null, "SDN 3", null, "Kelas 6", size,
                "Pak Guru", "081234567891", new NewVisit.Breakdown(size / 2, size - size / 2));
    }

    static Map<String, Object> aQuestionnaire(String service, int answer) {
        Map<String, Object> body = new HashMap<>();
        body.put("service", service);
        body.put("answers", List.of(answer, answer, answer, answer, answer, answer, answer, answer, answer));
        body.put("age", 34);
        body.put("sex", "FEMALE");
        body.put("education", "S1");
        body.put("occupation", "PNS");
        return body;
    }

    static Map<String, Object> aComplaint() {
        return Map.of("channel", "WEBSITE", "text", "Toilet ruang baca rusak " + UUID.randomUUID());
    }

    static Map<String, Object> oversight(String... libraries) {
        return Map.of("libraries", List.of(libraries));
    }

    /** A moment as the library's clock on the wall shows it. */
    static Instant local(java.time.ZoneId zone, int year, int month, int day, int hour, int minute) {
        return java.time.LocalDateTime.of(year, month, day, hour, minute).atZone(zone).toInstant();
    }
}
