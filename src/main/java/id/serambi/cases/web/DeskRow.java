package id.serambi.cases.web;

import java.util.EnumSet;
import java.util.Set;

import id.serambi.cases.CaseView;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.Library;

/**
 * One row of the desk screen: the case, its clocks as text, and what staff do next for its current step.
 *
 * @param tick true when staff may tick the current step here: no checkpoint records it, or it is a paper form or a
 *        requirements check that may happen at the desk before the data is entered
 * @param action the next action's label key and link, or null when the step has no checkpoint or nothing is to do
 */
record DeskRow(CaseView view, String stepTime, String caseTime, String standardTime, boolean tick,
        NextAction action) {

    /** Checkpoints staff may also tick at the desk; the others happen only through their own pages. */
    static final Set<Checkpoint> TICKED_AT_THE_DESK = EnumSet.of(Checkpoint.FORM_FILLED,
            Checkpoint.REQUIREMENTS_CHECKED);

    static DeskRow of(Library library, CaseView view) {
        CaseView.Step step = view.currentStep();
        Checkpoint checkpoint = step == null ? null : step.checkpoint();
        boolean tick = step != null && (checkpoint == null || TICKED_AT_THE_DESK.contains(checkpoint));
        return new DeskRow(view, clock(view.stepElapsedSeconds()), clock(view.caseElapsedSeconds()),
                view.standardSeconds() == null ? null : clock(view.standardSeconds()), tick,
                checkpoint == null ? null : NextAction.of(library, view, checkpoint));
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
