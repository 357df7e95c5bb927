package id.serambi.libraries;

import java.util.List;

/**
 * A published service standard: the six delivery components as structured data (requirements, procedure,
 * completion time, fee, products, complaint handling) and the eight manufacturing components as text.
 */
public record ServiceStandard(long id, String code, ServiceKind kind, String name, String decreeNumber,
        String procedureSummary, List<String> actors, List<Requirement> requirements, List<ProcedureStep> steps,
        CompletionTime completionTime, String fee, List<String> products, String complaintHandling,
        List<ComplaintChannel> complaintChannels, ServiceComponents components) {

    /** Sum of the fixed step times, in seconds. */
    public int fixedStepSeconds() {
        return steps.stream().filter(step -> step.timing() == StepTiming.FIXED)
                .mapToInt(ProcedureStep::standardSeconds).sum();
    }

    /**
     * Whether the fixed step times add up to a completion time given in minutes. Null when they cannot be compared:
     * no completion time, working days, or no fixed step at all.
     */
    public Boolean stepsMatchCompletionTime() {
        if (completionTime == null || completionTime.seconds() == null || fixedStepSeconds() == 0) {
            return null;
        }
        return fixedStepSeconds() == completionTime.seconds();
    }

    public List<ProcedureStep> stepsWith(Checkpoint checkpoint) {
        return steps.stream().filter(step -> step.checkpoint() == checkpoint).toList();
    }
}
