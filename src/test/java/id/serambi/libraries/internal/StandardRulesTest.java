package id.serambi.libraries.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.serambi.libraries.ComplaintChannel;
import id.serambi.libraries.CompletionTime;
import id.serambi.libraries.ProcedureStep;
import id.serambi.libraries.ServiceComponents;
import id.serambi.libraries.ServiceKind;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StepTiming;

class StandardRulesTest {

    static final ServiceStandard CURRENT = standard("Kartu anggota", List.of(), null, List.of());

    @Test
    void cleaningTrimsTextDropsBlankEntriesAndKeepsCodeAndKind() {
        ServiceStandard edited = new ServiceStandard(99, "other", ServiceKind.OTHER, "  Kartu  ", " ", null,
                List.of("Petugas", " "), List.of(), List.of(step(StepTiming.FIXED, 60, " Petugas ")), null, "",
                List.of("", "Kartu"), null, null, null);

        ServiceStandard clean = StandardRules.clean(CURRENT, edited);

        assertThat(clean.id()).isEqualTo(7);
        assertThat(clean.code()).isEqualTo("kta");
        assertThat(clean.kind()).isEqualTo(ServiceKind.KTA_DESK);
        assertThat(clean.name()).isEqualTo("Kartu");
        assertThat(clean.decreeNumber()).isNull();
        assertThat(clean.actors()).containsExactly("Petugas");
        assertThat(clean.products()).containsExactly("Kartu");
        assertThat(clean.steps().getFirst().actor()).isEqualTo("Petugas");
        assertThat(clean.components()).isEqualTo(ServiceComponents.empty());
    }

    @Test
    void stepTimesMustFitTheirTiming() {
        ServiceStandard standard = standard("Kartu", List.of(step(StepTiming.FIXED, null, "Petugas"),
                step(StepTiming.FIXED, 0, "Petugas"), step(StepTiming.AS_NEEDED, 60, "Petugas"),
                step(null, null, ""), step(StepTiming.FIXED, 300, "Petugas")), null, List.of());

        assertThat(fields(standard)).containsExactly("steps[0].standardSeconds libraries.validation.secondsRequired",
                "steps[1].standardSeconds libraries.validation.secondsRange",
                "steps[2].standardSeconds libraries.validation.secondsOnlyWhenFixed",
                "steps[3].actor validation.required", "steps[3].timing validation.required");
    }

    @Test
    void aCompletionTimeNeedsAPositiveValueAUnitAndItsWording() {
        ServiceStandard standard = standard("", List.of(), new CompletionTime(0, null, null),
                List.of(new ComplaintChannel(null, "x".repeat(501))));

        assertThat(fields(standard)).containsExactly("name validation.required",
                "completionTime.unit validation.required", "completionTime.value libraries.validation.positive",
                "completionTime.text validation.required", "complaintChannels[0].channel validation.required",
                "complaintChannels[0].contact validation.tooLong");
    }

    @Test
    void aSoundStandardHasNoProblems() {
        assertThat(StandardRules.problems(standard("Kartu", List.of(step(StepTiming.FIXED, 1440, "Petugas")),
                new CompletionTime(24, CompletionTime.Unit.MINUTES, "24 Menit"), List.of()))).isEmpty();
    }

    private static List<String> fields(ServiceStandard standard) {
        return StandardRules.problems(standard).stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }

    private static ProcedureStep step(StepTiming timing, Integer seconds, String actor) {
        return new ProcedureStep(1, actor, "Menerima identitas", timing, seconds, null, null, null, null, null);
    }

    private static ServiceStandard standard(String name, List<ProcedureStep> steps, CompletionTime completion,
            List<ComplaintChannel> channels) {
        return new ServiceStandard(7, "kta", ServiceKind.KTA_DESK, name, null, null, List.of(), List.of(), steps,
                completion, null, List.of(), null, channels, ServiceComponents.empty());
    }
}
