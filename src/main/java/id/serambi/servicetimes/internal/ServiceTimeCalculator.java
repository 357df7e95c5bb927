package id.serambi.servicetimes.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.serambi.libraries.CompletionTime;
import id.serambi.libraries.ProcedureStep;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StepTiming;
import id.serambi.libraries.WorkingCalendar;
import id.serambi.servicetimes.ServiceFigures;
import id.serambi.servicetimes.StepFigures;
import id.serambi.servicetimes.StepFigures.Breach;

/**
 * Turns recorded moments into step times. A step's time runs from the moment of the latest earlier step that was
 * recorded to its own moment; when steps in between were not recorded, the time covers them too and is judged
 * against their standards added up. A step whose span includes an "as needed" or unstated step is reported, never
 * judged. Whole cases run from their first to their last recorded moment.
 */
public final class ServiceTimeCalculator {

    static final int MAX_BREACHES = 10;

    private final WorkingCalendar calendar;

    public ServiceTimeCalculator(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Figures of one service from its cases: case reference → step key → moment. */
    public ServiceFigures figures(ServiceStandard standard, Map<String, Map<String, Instant>> cases) {
        List<ProcedureStep> steps = standard.steps();
        List<List<Sample>> perStep = new ArrayList<>();
        steps.forEach(step -> perStep.add(new ArrayList<>()));
        List<Sample> wholeCases = new ArrayList<>();
        cases.forEach((caseRef, moments) -> {
            measureSteps(caseRef, steps, moments, perStep);
            whole(caseRef, standard.completionTime(), moments).ifPresent(wholeCases::add);
        });
        List<StepFigures> stepFigures = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            stepFigures.add(stepFigures(steps.get(i), perStep.get(i)));
        }
        Figures whole = Figures.of(wholeCases);
        return new ServiceFigures(standard.code(), standard.name(), standard.kind(), standard.completionTime(),
                cases.size(), wholeCases.size(), whole.median(), whole.p90(), whole.withinPercent(),
                whole.breaches(), stepFigures);
    }

    private static void measureSteps(String caseRef, List<ProcedureStep> steps, Map<String, Instant> moments,
            List<List<Sample>> perStep) {
        Instant previous = null;
        long spanStandard = 0;
        boolean spanJudged = true;
        for (int i = 0; i < steps.size(); i++) {
            ProcedureStep step = steps.get(i);
            spanJudged &= step.timing() == StepTiming.FIXED;
            spanStandard += step.timing() == StepTiming.FIXED ? step.standardSeconds() : 0;
            Instant at = moments.get(StepKeys.of(step));
            if (at == null) {
                continue;
            }
            if (previous != null && !at.isBefore(previous)) {
                long seconds = Duration.between(previous, at).toSeconds();
                perStep.get(i).add(spanJudged ? Sample.judged(caseRef, seconds, spanStandard)
                        : Sample.unjudged(caseRef, seconds));
            }
            previous = at;
            spanStandard = 0;
            spanJudged = true;
        }
    }

    private Optional<Sample> whole(String caseRef, CompletionTime completion, Map<String, Instant> moments) {
        Instant first = moments.values().stream().min(Comparator.naturalOrder()).orElse(null);
        Instant last = moments.values().stream().max(Comparator.naturalOrder()).orElse(null);
        if (first == null || !last.isAfter(first)) {
            return Optional.empty();
        }
        long elapsed = Duration.between(first, last).toSeconds();
        if (completion == null) {
            return Optional.of(Sample.unjudged(caseRef, elapsed));
        }
        if (completion.unit() == CompletionTime.Unit.MINUTES) {
            return Optional.of(Sample.judged(caseRef, elapsed, completion.seconds()));
        }
        Instant deadline = calendar.addWorkingDays(first, completion.value()).toInstant();
        long working = calendar.workingTimeBetween(first, last).toSeconds();
        long allowed = calendar.workingTimeBetween(first, deadline).toSeconds();
        return Optional.of(new Sample(caseRef, working, allowed, !last.isAfter(deadline)));
    }

    private static StepFigures stepFigures(ProcedureStep step, List<Sample> samples) {
        Figures figures = Figures.of(samples);
        boolean judged = step.timing() == StepTiming.FIXED;
        return new StepFigures(step.order(), step.actor(), step.description(), step.timing(),
                step.standardSeconds(), samples.size(), figures.median(), figures.p90(),
                judged ? figures.withinPercent() : null, judged, judged ? figures.breaches() : List.of());
    }

    /** One measured time, the standard it is judged against and the verdict (both null: not judged). */
    record Sample(String caseRef, long seconds, Long standardSeconds, Boolean within) {

        static Sample judged(String caseRef, long seconds, long standardSeconds) {
            return new Sample(caseRef, seconds, standardSeconds, seconds <= standardSeconds);
        }

        static Sample unjudged(String caseRef, long seconds) {
            return new Sample(caseRef, seconds, null, null);
        }
    }

    private record Figures(Long median, Long p90, Double withinPercent, List<Breach> breaches) {

        static Figures of(List<Sample> samples) {
            List<Long> sorted = samples.stream().map(Sample::seconds).sorted().toList();
            List<Sample> judged = samples.stream().filter(s -> s.within() != null).toList();
            List<Breach> breaches = judged.stream().filter(s -> !s.within())
                    .sorted(Comparator.comparingLong(Sample::seconds).reversed()).limit(MAX_BREACHES)
                    .map(s -> new Breach(s.caseRef(), s.seconds(), s.standardSeconds())).toList();
            long within = judged.stream().filter(Sample::within).count();
            return new Figures(Percentiles.median(sorted), Percentiles.nearestRank(sorted, 90),
                    Percentiles.percentOf(within, judged.size()), breaches);
        }
    }
}
