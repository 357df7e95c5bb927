package id.serambi.libraries.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.ComplaintChannel;
import id.serambi.libraries.CompletionTime;
import id.serambi.libraries.DocumentType;
import id.serambi.libraries.EligibilityRule;
import id.serambi.libraries.ServiceKind;

/** The shape of a library's seed file under {@code seed/libraries/}: its service-standard document as data. */
record SeedDocument(String code, String name, String agency, String address, String postalCode, String phone,
        String email, String website, String regionCode, String timezone, List<DocumentType> replacementDocuments,
        Map<DayOfWeek, Hours> serviceHours, List<String> holidayCalendars, List<Category> categories,
        List<Service> services, boolean handoverRequiresConfirmedPhone) {

    record Hours(LocalTime opens, LocalTime closes) {
    }

    record Holiday(LocalDate day, String name) {
    }

    record Category(String code, String name, List<DocumentType> requiredDocuments, Integer minAge, Integer maxAge,
            Integer periodMonths, boolean institutionRequired, EligibilityRule eligibility) {
    }

    record Service(String code, ServiceKind kind, String name, String decreeNumber, String procedureSummary,
            List<String> actors, List<Requirement> requirements, List<Step> steps, CompletionTime completion,
            String fee, List<String> products, String complaintHandling, List<ComplaintChannel> complaintChannels) {
    }

    record Requirement(String text, String categoryCode, List<DocumentType> documents) {
    }

    record Step(String actor, String description, Integer minutes, Integer seconds, boolean asNeeded,
            String timeText, String equipment, String output, String note, Checkpoint checkpoint) {
    }
}
