package id.serambi.libraries.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.ComplaintChannel;
import id.serambi.libraries.CompletionTime;
import id.serambi.libraries.ProcedureStep;
import id.serambi.libraries.Requirement;
import id.serambi.libraries.ServiceComponents;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StepTiming;
import id.serambi.shared.MultiLine;

/**
 * A standard as a client sends it: the shape of one element of {@code services[]} in the GET. The code, kind and
 * computed fields are read-only and ignored; {@code requirementDetails}, when given, wins over {@code requirements};
 * steps follow their {@code order} and keep their identity by {@code key} (as the GET gives it); a step without
 * {@code timing} is FIXED when it has seconds, else NOT_STATED.
 */
record ServiceStandardRequest(String name, String decreeNumber, @MultiLine String procedureSummary, List<String> actors,
        List<String> requirements, List<Requirement> requirementDetails, List<Step> steps,
        CompletionTime completionTime, String fee, List<String> products, @MultiLine String complaintHandling,
        List<ComplaintChannel> complaintChannels, ServiceComponents components) {

    record Step(Integer order, String actor, @MultiLine String description, Integer standardSeconds, StepTiming timing,
            String timeText, String equipment, String output, @MultiLine String note, Checkpoint checkpoint,
            String key) {
    }

    ServiceStandard toStandard(ServiceStandard current) {
        List<Requirement> details = requirementDetails != null ? requirementDetails
                : StandardFormReader.requirements(Objects.requireNonNullElse(requirements, List.<String>of())
                        .stream().filter(Objects::nonNull).toList(), current.requirements());
        return new ServiceStandard(current.id(), current.code(), current.kind(), name, decreeNumber,
                procedureSummary, actors, details, orderedSteps(), completionTime, fee, products, complaintHandling,
                complaintChannels, components);
    }

    private List<ProcedureStep> orderedSteps() {
        List<Step> sorted = new ArrayList<>(Objects.requireNonNullElse(steps, List.<Step>of()).stream()
                .filter(Objects::nonNull).toList());
        sorted.sort(Comparator.comparing(Step::order, Comparator.nullsLast(Comparator.naturalOrder())));
        List<ProcedureStep> result = new ArrayList<>();
        for (Step s : sorted) {
            StepTiming timing = s.timing() != null ? s.timing()
                    : s.standardSeconds() != null ? StepTiming.FIXED : StepTiming.NOT_STATED;
            result.add(new ProcedureStep(result.size() + 1, s.actor(), s.description(), timing, s.standardSeconds(),
                    s.timeText(), s.equipment(), s.output(), s.note(), s.checkpoint(), s.key()));
        }
        return result;
    }
}
