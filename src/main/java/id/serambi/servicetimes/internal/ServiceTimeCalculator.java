package id.serambi.servicetimes.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.serambi.cases.CaseMoments;
import id.serambi.libraries.CompletionTime;
import id.serambi.libraries.ProcedureStep;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StandardVersion;
import id.serambi.libraries.StepTiming;
import id.serambi.libraries.WorkingCalendar;
import id.serambi.servicetimes.ServiceFigures;
import id.serambi.servicetimes.StepFigures;
import id.serambi.servicetimes.StepFigures.Breach;
import id.serambi.servicetimes.WaitingFigures;

/**
 * Turns recorded moments into step times. A step's time runs from the moment of the latest earlier step that was
 * recorded to its own moment; when steps in between were not recorded, the time covers them too and is judged
 * against their standards added up. A step whose span includes an "as needed" or unstated step is reported, never
 * judged. The first recorded step of a case that began with a queue ticket runs from the ticket's call (or, never
 * called, from the arrival). Whole cases run from their arrival, or their first recorded moment, to their last one
 * (the first occurrence of each step).
 */
public final class ServiceTimeCalculator {

    static final int MAX_BREACHES = 10;

    private final WorkingCalendar calendar;

    public ServiceTimeCalculator(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * Figures of one service from its cases, in the steps of its present standard. Each case is judged against the
     * version it was opened under, and its steps are reported under the present steps with the same keys (a step the
     * standard no longer has is not reported).
     */
    public ServiceFigures figures(ServiceStandard standard, List<CaseMoments> cases) {
        List<ProcedureStep> steps = standard.steps();
        Map<String, List<Sample>> perStep = new HashMap<>();
        steps.forEach(step -> perStep.put(step.key(), new ArrayList<>()));
        List<Sample> wholeCases = new ArrayList<>();
        for (CaseMoments c : cases) {
            measureSteps(c, perStep);
            whole(c).ifPresent(wholeCases::add);
        }
        List<StepFigures> stepFigures = steps.stream().map(step -> stepFigures(step, perStep.get(step.key())))
                .toList();
        Figures whole = Figures.of(wholeCases);
        return new ServiceFigures(standard.code(), standard.name(), standard.kind(), standard.completionTime(),
                cases.size(), wholeCases.size(), whole.median(), whole.p90(), whole.withinPercent(),
                whole.breaches(), stepFigures, waiting(cases));
    }

    static WaitingFigures waiting(List<CaseMoments> cases) {
        List<Long> sorted = cases.stream().flatMap(c -> c.waited().stream()).map(Duration::toSeconds).sorted()
                .toList();
        return new WaitingFigures(sorted.size(), Percentiles.median(sorted), Percentiles.nearestRank(sorted, 90));
    }

    private static void measureSteps(CaseMoments c, Map<String, List<Sample>> perStep) {
        Instant previous = c.servedFrom();
        long spanStandard = 0;
        boolean spanJudged = true;
        for (StandardVersion.Step step : c.version().steps()) {
            spanJudged &= step.timing() == StepTiming.FIXED;
            spanStandard += step.timing() == StepTiming.FIXED ? step.standardSeconds() : 0;
            Instant at = c.momentOf(step);
            if (at == null) {
                continue;
            }
            List<Sample> samples = perStep.get(step.key());
            if (previous != null && !at.isBefore(previous) && samples != null) {
                long seconds = Duration.between(previous, at).toSeconds();
                samples.add(spanJudged ? Sample.judged(c.reference(), seconds, spanStandard)
                        : Sample.unjudged(c.reference(), seconds));
            }
            previous = at;
            spanStandard = 0;
            spanJudged = true;
        }
    }

    private Optional<Sample> whole(CaseMoments c) {
        Instant first = c.first().orElse(null);
        Instant last = c.last().orElse(null);
        if (first == null || last == null || !last.isAfter(first)) {
            return Optional.empty();
        }
        String caseRef = c.reference();
        CompletionTime completion = c.version().completionTime();
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
