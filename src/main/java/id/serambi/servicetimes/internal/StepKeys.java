package id.serambi.servicetimes.internal;

import id.serambi.libraries.ProcedureStep;

/** A step's key in {@code case_step}: its checkpoint when Serambi records it, otherwise its tick by staff. */
public final class StepKeys {

    private StepKeys() {
    }

    public static String of(ProcedureStep step) {
        return step.checkpoint() != null ? step.checkpoint().name() : "STEP_" + step.order();
    }
}
