package id.serambi.libraries.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.serambi.libraries.ComplaintChannel;
import id.serambi.libraries.CompletionTime;
import id.serambi.libraries.Library;
import id.serambi.libraries.ProcedureStep;
import id.serambi.libraries.Requirement;
import id.serambi.libraries.ServiceComponents;
import id.serambi.libraries.ServiceHours;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StandardChange;

/** A library's published standards as API.md describes them, plus the details Serambi keeps. */
record ServiceStandardsResponse(String library, String libraryName, String timezone,
        Map<String, Hours> serviceHours, boolean serviceHoursPublished, List<Service> services,
        List<String> warnings) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    record Hours(String open, String close) {
    }

    record Step(int order, String actor, String description, Integer standardSeconds, String timing,
            String timeText, String equipment, String output, String note, String checkpoint, String key) {
    }

    record Service(String code, String kind, String name, String decreeNumber, String procedureSummary,
            List<String> actors, List<String> requirements, List<Requirement> requirementDetails, List<Step> steps,
            CompletionTime completionTime, Integer fixedStepSeconds, Boolean stepsMatchCompletionTime, String fee,
            List<String> products, String complaintHandling, List<ComplaintChannel> complaintChannels,
            ServiceComponents components, Instant updatedAt, String updatedBy) {
    }

    static ServiceStandardsResponse of(Library library, ServiceHours hours, List<ServiceStandard> standards,
            Map<String, StandardChange> changes, List<String> warnings) {
        return new ServiceStandardsResponse(library.code(), library.name(), library.timezone().getId(),
                hours(hours), hours.published(),
                standards.stream().map(s -> service(s, changes.get(s.code()))).toList(), warnings);
    }

    static Map<String, Hours> hours(ServiceHours hours) {
        Map<String, Hours> days = new LinkedHashMap<>();
        if (!hours.published()) {
            return days;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day.name(), hours.on(day)
                    .map(i -> new Hours(i.opens().format(HH_MM), i.closes().format(HH_MM))).orElse(null));
        }
        return days;
    }

    static Service service(ServiceStandard s, StandardChange change) {
        return new Service(s.code(), s.kind().name(), s.name(), s.decreeNumber(), s.procedureSummary(), s.actors(),
                s.requirements().stream().map(Requirement::text).toList(), s.requirements(),
                s.steps().stream().map(ServiceStandardsResponse::step).toList(), s.completionTime(),
                s.fixedStepSeconds(), s.stepsMatchCompletionTime(), s.fee(), s.products(), s.complaintHandling(),
                s.complaintChannels(), s.components(), change == null ? null : change.at(),
                change == null ? null : change.byName());
    }

    private static Step step(ProcedureStep p) {
        return new Step(p.order(), p.actor(), p.description(), p.standardSeconds(), p.timing().name(), p.timeText(),
                p.equipment(), p.output(), p.note(), p.checkpoint() == null ? null : p.checkpoint().name(), p.key());
    }
}
