package id.serambi.cases.web;

import id.serambi.cases.CaseView;
import id.serambi.libraries.Library;

/**
 * One row of the desk screen: the case, its clocks as text, and what staff do next for its current step.
 *
 * @param tick true when the current step is one staff tick (no checkpoint records it)
 * @param action the next action's label key and link, or null when the step is ticked or there is nothing to do
 */
record DeskRow(CaseView view, String stepTime, String caseTime, String standardTime, boolean tick,
        NextAction action) {

    static DeskRow of(Library library, CaseView view) {
        CaseView.Step step = view.currentStep();
        boolean tick = step != null && step.checkpoint() == null;
        return new DeskRow(view, clock(view.stepElapsedSeconds()), clock(view.caseElapsedSeconds()),
                view.standardSeconds() == null ? null : clock(view.standardSeconds()), tick,
                step == null || tick ? null : NextAction.of(library, view, step.checkpoint()));
    }

    /** Seconds as a clock reading: 5:03 or 1:02:07. */
    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? "%d:%02d:%02d".formatted(h, m, s) : "%d:%02d".formatted(m, s);
    }

    /** The clock's colour as words too (not colour alone): within, near, over the standard. */
    public String clockLabel() {
        return "cases.clock." + view.clock();
    }
}
