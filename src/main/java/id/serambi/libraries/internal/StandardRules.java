package id.serambi.libraries.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.serambi.libraries.ComplaintChannel;
import id.serambi.libraries.CompletionTime;
import id.serambi.libraries.ProcedureStep;
import id.serambi.libraries.Requirement;
import id.serambi.libraries.ServiceComponents;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StepTiming;
import id.serambi.shared.FieldProblem;

/**
 * What a service standard must hold before it is published. Problems are named by the field paths of the API's
 * JSON ({@code steps[2].standardSeconds}), so that the API answers them as they are and a form can map them.
 */
public final class StandardRules {

    static final int SHORT = 200;
    static final int MEDIUM = 500;
    static final int TEXT = 1000;
    static final int LONG = 4000;
    static final int MAX_ROWS = 60;
    static final int MAX_STEP_SECONDS = 24 * 60 * 60;
    static final int MAX_COMPLETION_VALUE = 100_000;

    private final List<FieldProblem> problems = new ArrayList<>();

    private StandardRules() {
    }

    /** The problems of a standard, field by field; empty when it may be saved. */
    public static List<FieldProblem> problems(ServiceStandard standard) {
        StandardRules rules = new StandardRules();
        rules.required("name", standard.name(), SHORT);
        rules.length("decreeNumber", standard.decreeNumber(), SHORT);
        rules.length("procedureSummary", standard.procedureSummary(), LONG);
        rules.each("actors", standard.actors(), SHORT);
        rules.each("requirements", standard.requirements().stream().map(Requirement::text).toList(), TEXT);
        rules.steps(standard.steps());
        rules.completion(standard.completionTime());
        rules.length("fee", standard.fee(), MEDIUM);
        rules.each("products", standard.products(), MEDIUM);
        rules.length("complaintHandling", standard.complaintHandling(), LONG);
        rules.channels(standard.complaintChannels());
        rules.components(standard.components());
        return List.copyOf(rules.problems);
    }

    private void steps(List<ProcedureStep> steps) {
        count("steps", steps);
        for (int i = 0; i < steps.size(); i++) {
            ProcedureStep step = steps.get(i);
            String field = "steps[" + i + "].";
            required(field + "actor", step.actor(), SHORT);
            required(field + "description", step.description(), TEXT);
            timing(field, step);
            length(field + "timeText", step.timeText(), SHORT);
            length(field + "equipment", step.equipment(), MEDIUM);
            length(field + "output", step.output(), MEDIUM);
            length(field + "note", step.note(), TEXT);
        }
    }

    private void timing(String field, ProcedureStep step) {
        Integer seconds = step.standardSeconds();
        if (step.timing() == null) {
            add(field + "timing", "validation.required");
        } else if (step.timing() != StepTiming.FIXED) {
            if (seconds != null) {
                add(field + "standardSeconds", "libraries.validation.secondsOnlyWhenFixed");
            }
        } else if (seconds == null) {
            add(field + "standardSeconds", "libraries.validation.secondsRequired");
        } else if (seconds <= 0 || seconds > MAX_STEP_SECONDS) {
            add(field + "standardSeconds", "libraries.validation.secondsRange", MAX_STEP_SECONDS / 3600);
        }
    }

    private void completion(CompletionTime completion) {
        if (completion == null) {
            return;
        }
        if (completion.unit() == null) {
            add("completionTime.unit", "validation.required");
        }
        if (completion.value() <= 0 || completion.value() > MAX_COMPLETION_VALUE) {
            add("completionTime.value", "libraries.validation.positive", MAX_COMPLETION_VALUE);
        }
        required("completionTime.text", completion.text(), SHORT);
    }

    private void channels(List<ComplaintChannel> channels) {
        count("complaintChannels", channels);
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).channel() == null) {
                add("complaintChannels[" + i + "].channel", "validation.required");
            }
            length("complaintChannels[" + i + "].contact", channels.get(i).contact(), MEDIUM);
        }
    }

    private void components(ServiceComponents c) {
        length("components.legalBasis", c.legalBasis(), LONG);
        length("components.facilities", c.facilities(), LONG);
        length("components.staffCompetence", c.staffCompetence(), LONG);
        length("components.internalSupervision", c.internalSupervision(), LONG);
        length("components.staffCount", c.staffCount(), LONG);
        length("components.serviceGuarantee", c.serviceGuarantee(), LONG);
        length("components.safetyGuarantee", c.safetyGuarantee(), LONG);
        length("components.performanceEvaluation", c.performanceEvaluation(), LONG);
    }

    private void each(String field, List<String> values, int max) {
        count(field, values);
        for (int i = 0; i < values.size(); i++) {
            required(field + "[" + i + "]", values.get(i), max);
        }
    }

    private void count(String field, List<?> values) {
        if (values.size() > MAX_ROWS) {
            add(field, "libraries.validation.tooMany", MAX_ROWS);
        }
    }

    private void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "validation.required");
        } else {
            length(field, value, max);
        }
    }

    private void length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "validation.tooLong", max);
        }
    }

    private void add(String field, String key, Object... args) {
        problems.add(FieldProblem.of(field, key, args));
    }

    /** Trimmed text, or null for blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The edited standard made tidy: text trimmed, blank list entries dropped, missing lists empty. */
    public static ServiceStandard clean(ServiceStandard current, ServiceStandard edited) {
        List<ProcedureStep> steps = new ArrayList<>();
        for (ProcedureStep s : Objects.requireNonNullElse(edited.steps(), List.<ProcedureStep>of())) {
            steps.add(new ProcedureStep(steps.size() + 1, text(s.actor()), text(s.description()), s.timing(),
                    s.standardSeconds(), text(s.timeText()), text(s.equipment()), text(s.output()), text(s.note()),
                    s.checkpoint(), text(s.key())));
        }
        CompletionTime completion = edited.completionTime();
        if (completion != null) {
            completion = new CompletionTime(completion.value(), completion.unit(), text(completion.text()));
        }
        return new ServiceStandard(current.id(), current.code(), current.kind(), text(edited.name()),
                text(edited.decreeNumber()), text(edited.procedureSummary()), lines(edited.actors()),
                requirements(edited.requirements()), steps, completion, text(edited.fee()),
                lines(edited.products()), text(edited.complaintHandling()), cleanChannels(edited.complaintChannels()),
                cleanComponents(edited.components()));
    }

    private static List<String> lines(List<String> values) {
        return Objects.requireNonNullElse(values, List.<String>of()).stream().map(StandardRules::text)
                .filter(Objects::nonNull).toList();
    }

    private static List<Requirement> requirements(List<Requirement> values) {
        return Objects.requireNonNullElse(values, List.<Requirement>of()).stream()
                .filter(r -> r != null && text(r.text()) != null)
                .map(r -> new Requirement(text(r.text()), text(r.categoryCode()),
                        Objects.requireNonNullElse(r.documents(), List.of())))
                .toList();
    }

    private static List<ComplaintChannel> cleanChannels(List<ComplaintChannel> values) {
        return Objects.requireNonNullElse(values, List.<ComplaintChannel>of()).stream().filter(Objects::nonNull)
                .map(c -> new ComplaintChannel(c.channel(), text(c.contact()))).toList();
    }

    private static ServiceComponents cleanComponents(ServiceComponents c) {
        if (c == null) {
            return ServiceComponents.empty();
        }
        return new ServiceComponents(text(c.legalBasis()), text(c.facilities()), text(c.staffCompetence()),
                text(c.internalSupervision()), text(c.staffCount()), text(c.serviceGuarantee()),
                text(c.safetyGuarantee()), text(c.performanceEvaluation()));
    }
}
