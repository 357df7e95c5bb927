package id.serambi.servicetimes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.serambi.cases.CaseMoments;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.CompletionTime;
import id.serambi.libraries.OpeningInterval;
import id.serambi.libraries.ProcedureStep;
import id.serambi.libraries.ServiceComponents;
import id.serambi.libraries.ServiceHours;
import id.serambi.libraries.ServiceKind;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StandardVersion;
import id.serambi.libraries.StepTiming;
import id.serambi.libraries.WorkingCalendar;
import id.serambi.servicetimes.ServiceFigures;
import id.serambi.servicetimes.StepFigures;

class ServiceTimeCalculatorTest {

    static final ZoneId PONTIANAK = ZoneId.of("Asia/Pontianak");
    static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");

    final WorkingCalendar weekdays = new WorkingCalendar(ZoneId.of("Asia/Jakarta"), ServiceHours.unpublished(), Set.of());

    @Test
    void measuresEachStepFromThePreviousRecordedStepAndJudgesSpansAgainstTheirSummedStandard() {
        ServiceStandard desk = standard(new CompletionTime(24, CompletionTime.Unit.MINUTES, "24 Menit"),
                step(1, StepTiming.FIXED, 60, Checkpoint.REQUIREMENTS_CHECKED),
                step(2, StepTiming.FIXED, 300, null),
                step(3, StepTiming.FIXED, 300, Checkpoint.FORM_FILLED),
                step(4, StepTiming.AS_NEEDED, null, Checkpoint.DATA_VERIFIED),
                step(5, StepTiming.FIXED, 180, Checkpoint.CARD_HANDED_OVER));
        Map<String, Map<String, Instant>> cases = new LinkedHashMap<>();
        cases.put("c1", Map.of("REQUIREMENTS_CHECKED", at(0), "s2", at(200), "FORM_FILLED", at(500),
                "DATA_VERIFIED", at(900), "CARD_HANDED_OVER", at(1000)));
        cases.put("c2", Map.of("REQUIREMENTS_CHECKED", at(0), "FORM_FILLED", at(700), "CARD_HANDED_OVER", at(1600)));
        cases.put("c3", Map.of("FORM_FILLED", at(0)));

        ServiceFigures figures = new ServiceTimeCalculator(weekdays).figures(desk, underCurrentVersion(desk, cases));

        StepFigures second = figures.steps().get(1);
        assertThat(second.cases()).isEqualTo(1);
        assertThat(second.medianSeconds()).isEqualTo(200);
        assertThat(second.withinStandardPercent()).isEqualTo(100.0);

        StepFigures third = figures.steps().get(2);
        assertThat(third.cases()).isEqualTo(2);
        assertThat(third.medianSeconds()).isEqualTo(500);
        assertThat(third.p90Seconds()).isEqualTo(700);
        assertThat(third.withinStandardPercent()).isEqualTo(50.0);
        assertThat(third.breaches()).singleElement()
                .satisfies(b -> assertThat(b).isEqualTo(new StepFigures.Breach("c2", 700, 600)));

        StepFigures asNeeded = figures.steps().get(3);
        assertThat(asNeeded.judged()).isFalse();
        assertThat(asNeeded.medianSeconds()).isEqualTo(400);
        assertThat(asNeeded.withinStandardPercent()).isNull();

        StepFigures last = figures.steps().get(4);
        assertThat(last.cases()).as("c2's span includes the as-needed step: measured, not judged").isEqualTo(2);
        assertThat(last.withinStandardPercent()).isEqualTo(100.0);

        assertThat(figures.steps().getFirst().cases()).as("no earlier moment to measure from").isZero();
        assertThat(figures.cases()).isEqualTo(3);
        assertThat(figures.completedCases()).isEqualTo(2);
        assertThat(figures.medianSeconds()).isEqualTo(1300);
        assertThat(figures.p90Seconds()).isEqualTo(1600);
        assertThat(figures.withinCompletionPercent()).isEqualTo(50.0);
        assertThat(figures.breaches()).extracting(StepFigures.Breach::caseRef).containsExactly("c2");
    }

    @Test
    void oneWorkingDaySkipsTheWeekendAndHolidaysWithinServiceHours() {
        WorkingCalendar baritoUtara = new WorkingCalendar(PONTIANAK, baritoUtaraHours(),
                Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26)));
        ServiceStandard card = standard(new CompletionTime(1, CompletionTime.Unit.WORKING_DAYS, "1 (satu) hari kerja"),
                step(1, StepTiming.NOT_STATED, null, Checkpoint.FORM_FILLED),
                step(2, StepTiming.NOT_STATED, null, Checkpoint.CARD_HANDED_OVER));
        Map<String, Map<String, Instant>> cases = Map.of(
                "over-christmas", Map.of("FORM_FILLED", local(2026, 12, 24, 10, 0),
                        "CARD_HANDED_OVER", local(2026, 12, 28, 9, 0)),
                "friday-to-monday", Map.of("FORM_FILLED", local(2026, 11, 27, 14, 0),
                        "CARD_HANDED_OVER", local(2026, 11, 30, 9, 0)));

        ServiceFigures figures = new ServiceTimeCalculator(baritoUtara)
                .figures(card, underCurrentVersion(card, cases));

        assertThat(figures.withinCompletionPercent()).isEqualTo(50.0);
        assertThat(figures.breaches()).extracting(StepFigures.Breach::caseRef).containsExactly("friday-to-monday");
        // Thursday 10:00-15:30 (19,800 s) + Monday 07:00-09:00 (7,200 s); Friday and Saturday are holidays.
        assertThat(figures.medianSeconds()).isEqualTo(Math.round((27_000 + friday2pmToMonday9am()) / 2.0));
    }

    @Test
    void judgesEachCaseAgainstItsOwnVersionAndReportsItUnderTheSameStepAfterAReorderAndRename() {
        CompletionTime completion = new CompletionTime(24, CompletionTime.Unit.MINUTES, "24 Menit");
        ServiceStandard before = standard(completion, step(1, StepTiming.FIXED, 60, Checkpoint.REQUIREMENTS_CHECKED),
                step(2, StepTiming.FIXED, 300, null), step(3, StepTiming.FIXED, 300, Checkpoint.FORM_FILLED));
        ServiceStandard now = standard(completion, step(1, StepTiming.FIXED, 60, Checkpoint.REQUIREMENTS_CHECKED),
                new ProcedureStep(2, "Petugas", "Langkah 3", StepTiming.FIXED, 300, null, null, null, null,
                        Checkpoint.FORM_FILLED, "s3"),
                new ProcedureStep(3, "Petugas", "Diganti", StepTiming.FIXED, 3600, null, null, null, null, null, "s2"));
        CaseMoments old = new CaseMoments(UUID.randomUUID(), "old",
                StandardVersion.of(1, 1, before.steps(), completion),
                Map.of("REQUIREMENTS_CHECKED", at(0), "s2", at(900), "FORM_FILLED", at(1000)));
        CaseMoments fresh = new CaseMoments(UUID.randomUUID(), "new", StandardVersion.of(1, 2, now.steps(), completion),
                Map.of("REQUIREMENTS_CHECKED", at(0), "FORM_FILLED", at(100), "s2", at(1000)));

        ServiceFigures figures = new ServiceTimeCalculator(weekdays).figures(now, List.of(old, fresh));

        StepFigures ticked = figures.steps().get(2);
        assertThat(ticked.description()).isEqualTo("Diganti");
        assertThat(ticked.cases()).isEqualTo(2);
        assertThat(ticked.breaches()).as("the old case against its 5 minutes, the new one against the hour")
                .containsExactly(new StepFigures.Breach("old", 900, 300));
        StepFigures form = figures.steps().get(1);
        assertThat(form.cases()).isEqualTo(2);
        assertThat(form.medianSeconds()).isEqualTo(100);
    }

    /** Friday 14:00-16:00 (7,200) + Saturday 07:30-12:00 (16,200) + Monday 07:00-09:00 (7,200). */
    private static long friday2pmToMonday9am() {
        return 7_200 + 16_200 + 7_200;
    }

    private static ServiceHours baritoUtaraHours() {
        Map<DayOfWeek, OpeningInterval> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            days.put(day, new OpeningInterval(LocalTime.of(7, 0), LocalTime.of(15, 30)));
        }
        days.put(DayOfWeek.FRIDAY, new OpeningInterval(LocalTime.of(7, 30), LocalTime.of(16, 0)));
        days.put(DayOfWeek.SATURDAY, new OpeningInterval(LocalTime.of(7, 30), LocalTime.of(12, 0)));
        return new ServiceHours(days);
    }

    @Test
    void theFirstStepOfACaseThatBeganWithATicketRunsFromItsCallAndTheWholeCaseFromTheArrival() {
        ServiceStandard desk = standard(new CompletionTime(24, CompletionTime.Unit.MINUTES, "24 Menit"),
                step(1, StepTiming.FIXED, 60, Checkpoint.REQUIREMENTS_CHECKED),
                step(2, StepTiming.FIXED, 300, Checkpoint.FORM_FILLED));
        StandardVersion version = StandardVersion.of(desk.id(), 1, desk.steps(), desk.completionTime());
        CaseMoments called = new CaseMoments(UUID.randomUUID(), "ticket", version,
                Map.of("REQUIREMENTS_CHECKED", at(700), "FORM_FILLED", at(1000)), at(0), at(600));
        CaseMoments neverCalled = new CaseMoments(UUID.randomUUID(), "walk-in", version,
                Map.of("REQUIREMENTS_CHECKED", at(90), "FORM_FILLED", at(200)), at(0), null);

        ServiceFigures figures = new ServiceTimeCalculator(weekdays).figures(desk, List.of(called, neverCalled));

        StepFigures first = figures.steps().get(0);
        assertThat(first.cases()).isEqualTo(2);
        assertThat(first.p90Seconds()).isEqualTo(100L);
        assertThat(first.withinStandardPercent()).isEqualTo(0.0);
        assertThat(figures.p90Seconds()).isEqualTo(1000L);
    }

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(PONTIANAK).toInstant();
    }

    private static ProcedureStep step(int order, StepTiming timing, Integer seconds, Checkpoint checkpoint) {
        return new ProcedureStep(order, "Petugas", "Langkah " + order, timing, seconds, null, null, null, null,
                checkpoint, "s" + order);
    }

    /** Cases opened under the standard as it is, in the given order: reference → mark → first moment. */
    static List<CaseMoments> underCurrentVersion(ServiceStandard standard, Map<String, Map<String, Instant>> cases) {
        StandardVersion version = StandardVersion.of(standard.id(), 1, standard.steps(), standard.completionTime());
        List<CaseMoments> result = new ArrayList<>();
        cases.forEach((reference, moments) -> result.add(new CaseMoments(UUID.randomUUID(), reference, version,
                moments)));
        return result;
    }

    private static ServiceStandard standard(CompletionTime completion, ProcedureStep... steps) {
        return new ServiceStandard(1, "kta", ServiceKind.KTA_DESK, "KTA", null, null, List.of(), List.of(),
                List.of(steps), completion, "Gratis", List.of(), null, List.of(), ServiceComponents.empty());
    }
}
