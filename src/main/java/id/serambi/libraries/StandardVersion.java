package id.serambi.libraries;

import java.util.List;

/**
 * What a case of a service is judged against: its steps and completion time at one version of the standard. A new
 * version is made whenever a change would judge cases differently; renaming a step does not make one.
 *
 * @param completionTime the completion time then (its wording is not kept: it judges nothing)
 */
public record StandardVersion(long serviceId, int version, List<Step> steps, CompletionTime completionTime) {

    public StandardVersion {
        steps = List.copyOf(steps);
    }

    /** Whether the procedure at this version has a step that Serambi records at the checkpoint. */
    public boolean has(Checkpoint checkpoint) {
        return steps.stream().anyMatch(step -> step.checkpoint() == checkpoint);
    }

    /** The step with the key, if this version has it. */
    public java.util.Optional<Step> step(String key) {
        return steps.stream().filter(step -> step.key().equals(key)).findFirst();
    }

    /** A step as it was judged at this version: its stable key, position, timing, standard and checkpoint. */
    public record Step(String key, int order, StepTiming timing, Integer standardSeconds, Checkpoint checkpoint) {

        static Step of(ProcedureStep step) {
            return new Step(step.key(), step.order(), step.timing(), step.standardSeconds(), step.checkpoint());
        }
    }

    /** The version the standard's present content would have, numbered {@code version}. */
    public static StandardVersion of(long serviceId, int version, List<ProcedureStep> steps, CompletionTime completion) {
        return new StandardVersion(serviceId, version, steps.stream().map(Step::of).toList(),
                completion == null ? null : new CompletionTime(completion.value(), completion.unit(), null));
    }

    /** Whether both judge cases alike (the same steps in the same order with the same times). */
    public boolean judgesLike(StandardVersion other) {
        return steps.equals(other.steps) && java.util.Objects.equals(completionTime, other.completionTime);
    }
}
