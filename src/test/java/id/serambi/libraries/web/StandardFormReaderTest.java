package id.serambi.libraries.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.serambi.libraries.ChannelType;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.ComplaintChannel;
import id.serambi.libraries.CompletionTime;
import id.serambi.libraries.DocumentType;
import id.serambi.libraries.ProcedureStep;
import id.serambi.libraries.Requirement;
import id.serambi.libraries.ServiceComponents;
import id.serambi.libraries.ServiceKind;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StepTiming;

class StandardFormReaderTest {

    static final ServiceStandard CURRENT = new ServiceStandard(7, "kta", ServiceKind.KTA_DESK, "Kartu anggota",
            "SK 1/2024", null, List.of("Petugas"),
            List.of(new Requirement("Fotokopi KTP", "umum", List.of(DocumentType.KTP))),
            List.of(new ProcedureStep(1, "Petugas", "Menerima identitas", StepTiming.FIXED, 90, "1,5 menit", null,
                    null, null, Checkpoint.REQUIREMENTS_CHECKED),
                    new ProcedureStep(2, "Pemustaka", "Mengisi formulir", StepTiming.AS_NEEDED, null, null, "Formulir",
                            "Formulir terisi", "di meja", null)),
            new CompletionTime(24, CompletionTime.Unit.MINUTES, "24 Menit"), "Gratis", List.of("Kartu anggota"),
            "Kotak saran", List.of(new ComplaintChannel(ChannelType.PHONE, "0252 123"), new ComplaintChannel(
                    ChannelType.SUGGESTION_BOX, null)),
            new ServiceComponents("Perda 1/2020", null, null, null, "3 orang", null, null, null));

    @Test
    void aStandardReadBackFromItsOwnFormIsUnchanged() {
        StandardFormReader.Result read = StandardFormReader.read(StandardForms.of(CURRENT), CURRENT);

        assertThat(read.problems()).isEmpty();
        assertThat(read.standard()).isEqualTo(CURRENT);
    }

    @Test
    void stepsFollowTheirOrderNumbersAndEmptyOrRemovedRowsAreDropped() {
        StandardForm form = StandardForms.of(CURRENT);
        form.getSteps().get(0).setOrder("3");
        form.getSteps().get(1).setRemove(true);
        StepRow added = form.getSteps().get(3);
        added.setActor("Kasi");
        added.setDescription("Menandatangani kartu");
        added.setMinutes("2");
        added.setSeconds("30");
        added.setOrder("1");

        StandardFormReader.Result read = StandardFormReader.read(form, CURRENT);

        assertThat(read.standard().steps()).extracting(ProcedureStep::order, ProcedureStep::actor,
                ProcedureStep::standardSeconds).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Kasi", 150),
                        org.assertj.core.groups.Tuple.tuple(2, "Petugas", 90));
        assertThat(read.reader().formField("steps[0].standardSeconds")).isEqualTo("steps[3].minutes");
        assertThat(read.reader().formField("steps[1].actor")).isEqualTo("steps[0].actor");
    }

    @Test
    void aStepThatIsNotFixedKeepsNoSecondsAndAFixedOneWithoutTimeHasNone() {
        StandardForm form = StandardForms.of(CURRENT);
        form.getSteps().get(1).setMinutes("5");
        form.getSteps().get(0).setMinutes("");
        form.getSteps().get(0).setSeconds(" ");

        List<ProcedureStep> steps = StandardFormReader.read(form, CURRENT).standard().steps();

        assertThat(steps.get(0).timing()).isEqualTo(StepTiming.FIXED);
        assertThat(steps.get(0).standardSeconds()).isNull();
        assertThat(steps.get(1).standardSeconds()).isNull();
    }

    @Test
    void aChangedTimeReplacesItsOldWordingUnlessTheWordingChangedToo() {
        StandardForm form = StandardForms.of(CURRENT);
        form.getSteps().get(0).setMinutes("2");
        StandardForm rewritten = StandardForms.of(CURRENT);
        rewritten.getSteps().get(0).setMinutes("2");
        rewritten.getSteps().get(0).setTimeText("2,5 menit");

        assertThat(StandardFormReader.read(form, CURRENT).standard().steps().get(0).timeText()).isNull();
        assertThat(StandardFormReader.read(rewritten, CURRENT).standard().steps().get(0).timeText())
                .isEqualTo("2,5 menit");
    }

    @Test
    void wordsWhereNumbersBelongAreReportedBesideTheirField() {
        StandardForm form = StandardForms.of(CURRENT);
        form.getSteps().get(0).setMinutes("lima");
        form.setCompletionValue("dua puluh");

        StandardFormReader.Result read = StandardFormReader.read(form, CURRENT);

        assertThat(read.problems()).extracting(p -> p.field() + " " + p.messageKey()).containsExactly(
                "steps[0].minutes libraries.validation.number", "completionValue libraries.validation.number");
    }

    @Test
    void anUnchangedRequirementKeepsItsCategoryAndDocumentsAndANewOneHasNone() {
        StandardForm form = StandardForms.of(CURRENT);
        form.setRequirementsText("Pas foto 3x4\n\n  Fotokopi KTP  ");

        List<Requirement> requirements = StandardFormReader.read(form, CURRENT).standard().requirements();

        assertThat(requirements).containsExactly(new Requirement("Pas foto 3x4", null, List.of()),
                new Requirement("Fotokopi KTP", "umum", List.of(DocumentType.KTP)));
    }

    @Test
    void channelsSkipEmptyRowsAndProblemsFindTheirRow() {
        StandardForm form = StandardForms.of(CURRENT);
        form.getChannels().get(0).setChannel("");
        form.getChannels().get(0).setContact("");
        form.getChannels().get(3).setContact("pengaduan@example.go.id");

        StandardFormReader.Result read = StandardFormReader.read(form, CURRENT);

        assertThat(read.standard().complaintChannels()).containsExactly(
                new ComplaintChannel(ChannelType.SUGGESTION_BOX, null),
                new ComplaintChannel(null, "pengaduan@example.go.id"));
        assertThat(read.reader().formField("complaintChannels[1].channel")).isEqualTo("channels[3].channel");
        assertThat(read.reader().formField("requirements[0]")).isEqualTo("requirementsText");
        assertThat(read.reader().formField("components.legalBasis")).isEqualTo("legalBasis");
        assertThat(read.reader().formField("completionTime.value")).isEqualTo("completionValue");
    }

    @Test
    void aBlankCompletionTimeIsNone() {
        StandardForm form = StandardForms.of(CURRENT);
        form.setCompletionValue(" ");
        form.setCompletionUnit("");
        form.setCompletionText(null);

        assertThat(StandardFormReader.read(form, CURRENT).standard().completionTime()).isNull();
    }
}
