package id.serambi.libraries.web;

import java.util.ArrayList;
import java.util.List;

import id.serambi.libraries.ComplaintChannel;
import id.serambi.libraries.ProcedureStep;
import id.serambi.libraries.Requirement;
import id.serambi.libraries.ServiceComponents;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StepTiming;

/** Fills the edit form from a stored standard, with a few empty rows to add steps and channels. */
final class StandardForms {

    static final int EMPTY_STEP_ROWS = 3;
    static final int EMPTY_CHANNEL_ROWS = 2;

    private StandardForms() {
    }

    static StandardForm of(ServiceStandard s) {
        StandardForm form = new StandardForm();
        form.setName(s.name());
        form.setDecreeNumber(s.decreeNumber());
        form.setProcedureSummary(s.procedureSummary());
        form.setActorsText(String.join("\n", s.actors()));
        form.setRequirementsText(String.join("\n", s.requirements().stream().map(Requirement::text).toList()));
        form.setSteps(new ArrayList<>(s.steps().stream().map(StandardForms::row).toList()));
        if (s.completionTime() != null) {
            form.setCompletionValue(String.valueOf(s.completionTime().value()));
            form.setCompletionUnit(s.completionTime().unit().name());
            form.setCompletionText(s.completionTime().text());
        }
        form.setFee(s.fee());
        form.setProductsText(String.join("\n", s.products()));
        form.setComplaintHandling(s.complaintHandling());
        form.setChannels(new ArrayList<>(s.complaintChannels().stream().map(StandardForms::row).toList()));
        ServiceComponents c = s.components();
        form.setLegalBasis(c.legalBasis());
        form.setFacilities(c.facilities());
        form.setStaffCompetence(c.staffCompetence());
        form.setInternalSupervision(c.internalSupervision());
        form.setStaffCount(c.staffCount());
        form.setServiceGuarantee(c.serviceGuarantee());
        form.setSafetyGuarantee(c.safetyGuarantee());
        form.setPerformanceEvaluation(c.performanceEvaluation());
        return withEmptyRows(form);
    }

    /** Adds empty rows after the filled ones, numbered to follow them. */
    private static StandardForm withEmptyRows(StandardForm form) {
        List<StepRow> steps = new ArrayList<>(form.getSteps());
        for (int i = 0; i < EMPTY_STEP_ROWS; i++) {
            StepRow empty = new StepRow();
            empty.setOrder(String.valueOf(steps.size() + 1));
            steps.add(empty);
        }
        form.setSteps(steps);
        List<ChannelRow> channels = new ArrayList<>(form.getChannels());
        for (int i = 0; i < EMPTY_CHANNEL_ROWS; i++) {
            channels.add(new ChannelRow());
        }
        form.setChannels(channels);
        return form;
    }

    private static StepRow row(ProcedureStep step) {
        StepRow row = new StepRow();
        row.setOrder(String.valueOf(step.order()));
        row.setActor(step.actor());
        row.setDescription(step.description());
        row.setTiming(step.timing().name());
        if (step.timing() == StepTiming.FIXED) {
            row.setMinutes(String.valueOf(step.standardSeconds() / 60));
            row.setSeconds(String.valueOf(step.standardSeconds() % 60));
            row.setWrittenSeconds(String.valueOf(step.standardSeconds()));
        }
        row.setTimeText(step.timeText());
        row.setWrittenText(step.timeText());
        row.setKey(step.key());
        row.setEquipment(step.equipment());
        row.setOutput(step.output());
        row.setNote(step.note());
        row.setCheckpoint(step.checkpoint() == null ? null : step.checkpoint().name());
        return row;
    }

    private static ChannelRow row(ComplaintChannel channel) {
        ChannelRow row = new ChannelRow();
        row.setChannel(channel.channel().name());
        row.setContact(channel.contact());
        return row;
    }
}
