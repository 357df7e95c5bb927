package id.serambi.libraries.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import id.serambi.libraries.ChannelType;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.ComplaintChannel;
import id.serambi.libraries.CompletionTime;
import id.serambi.libraries.ProcedureStep;
import id.serambi.libraries.Requirement;
import id.serambi.libraries.ServiceComponents;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StepTiming;
import id.serambi.shared.FieldProblem;

/**
 * Reads the edit form into a standard: drops empty and removed rows, orders steps by their order number, keeps the
 * category and documents of requirements whose text is unchanged. Remembers which form row each entry came from,
 * so that the service's problems ({@code steps[1].standardSeconds}) land beside the right field.
 */
final class StandardFormReader {

    private final List<FieldProblem> problems = new ArrayList<>();
    private final Map<Integer, Integer> stepRows = new HashMap<>();
    private final Map<Integer, Integer> channelRows = new HashMap<>();

    /** The standard read from the form, or the form's own problems (numbers that are not numbers). */
    record Result(ServiceStandard standard, List<FieldProblem> problems, StandardFormReader reader) {
    }

    static Result read(StandardForm form, ServiceStandard current) {
        StandardFormReader reader = new StandardFormReader();
        ServiceStandard standard = new ServiceStandard(current.id(), current.code(), current.kind(), form.getName(),
                form.getDecreeNumber(), form.getProcedureSummary(), lines(form.getActorsText()),
                requirements(lines(form.getRequirementsText()), current.requirements()), reader.steps(form.getSteps()),
                reader.completion(form), form.getFee(), lines(form.getProductsText()), form.getComplaintHandling(),
                reader.channels(form.getChannels()), new ServiceComponents(form.getLegalBasis(),
                        form.getFacilities(), form.getStaffCompetence(), form.getInternalSupervision(),
                        form.getStaffCount(), form.getServiceGuarantee(), form.getSafetyGuarantee(),
                        form.getPerformanceEvaluation()));
        return new Result(standard, List.copyOf(reader.problems), reader);
    }

    /** The form field of a problem the service named by its API path. */
    String formField(String field) {
        String path = field.replaceFirst("^(actors|requirements|products)(\\[\\d+])?$", "$1Text")
                .replaceFirst("^components\\.", "")
                .replace("completionTime.value", "completionValue").replace("completionTime.unit", "completionUnit")
                .replace("completionTime.text", "completionText");
        path = row(path, "steps", "steps", stepRows).replace(".standardSeconds", ".minutes");
        return row(path, "complaintChannels", "channels", channelRows);
    }

    private static String row(String path, String prefix, String formPrefix, Map<Integer, Integer> rows) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^" + prefix + "\\[(\\d+)]").matcher(path);
        if (!m.find()) {
            return path;
        }
        int row = rows.getOrDefault(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(1)));
        return formPrefix + "[" + row + "]" + path.substring(m.end());
    }

    private List<ProcedureStep> steps(List<StepRow> rows) {
        List<Integer> kept = new ArrayList<>();
        Map<Integer, Integer> order = new HashMap<>();
        for (int row = 0; row < rows.size(); row++) {
            StepRow step = rows.get(row);
            if (step != null && !step.isRemove() && !step.isBlank()) {
                kept.add(row);
                Integer number = number("steps[" + row + "].order", step.getOrder());
                order.put(row, number == null ? Integer.MAX_VALUE : number);
            }
        }
        kept.sort(Comparator.comparing(order::get));
        List<ProcedureStep> steps = new ArrayList<>();
        for (int row : kept) {
            stepRows.put(steps.size(), row);
            steps.add(step(steps.size() + 1, row, rows.get(row)));
        }
        return steps;
    }

    private ProcedureStep step(int order, int row, StepRow step) {
        String field = "steps[" + row + "].";
        StepTiming timing = choice(field + "timing", step.getTiming(), StepTiming::valueOf);
        Integer seconds = null;
        if (timing == StepTiming.FIXED) {
            Integer minutes = number(field + "minutes", step.getMinutes());
            Integer rest = number(field + "seconds", step.getSeconds());
            seconds = minutes == null && rest == null ? null
                    : (minutes == null ? 0 : minutes) * 60 + (rest == null ? 0 : rest);
        }
        return new ProcedureStep(order, step.getActor(), step.getDescription(), timing, seconds, timeText(step, seconds),
                step.getEquipment(), step.getOutput(), step.getNote(),
                choice(field + "checkpoint", step.getCheckpoint(), Checkpoint::valueOf), step.getKey());
    }

    /**
     * The time as written, unless the minutes changed and the text did not: then the old wording would contradict
     * the new time, so it is dropped and pages word the time from the seconds.
     */
    private static String timeText(StepRow step, Integer seconds) {
        boolean timeChanged = step.getWrittenSeconds() != null
                && !String.valueOf(seconds).equals(step.getWrittenSeconds().strip());
        boolean textKept = step.getTimeText() != null && step.getTimeText().strip().equals(
                step.getWrittenText() == null ? null : step.getWrittenText().strip());
        return timeChanged && textKept ? null : step.getTimeText();
    }

    private CompletionTime completion(StandardForm form) {
        if (blank(form.getCompletionValue()) && blank(form.getCompletionUnit()) && blank(form.getCompletionText())) {
            return null;
        }
        Integer value = number("completionValue", form.getCompletionValue());
        return new CompletionTime(value == null ? 0 : value,
                choice("completionUnit", form.getCompletionUnit(), CompletionTime.Unit::valueOf),
                form.getCompletionText());
    }

    private List<ComplaintChannel> channels(List<ChannelRow> rows) {
        List<ComplaintChannel> channels = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            ChannelRow channel = rows.get(row);
            if (channel != null && !channel.isBlank()) {
                channelRows.put(channels.size(), row);
                channels.add(new ComplaintChannel(
                        choice("channels[" + row + "].channel", channel.getChannel(), ChannelType::valueOf),
                        channel.getContact()));
            }
        }
        return channels;
    }

    /** The requirements as written; one that reads as before keeps its category and documents. */
    static List<Requirement> requirements(List<String> texts, List<Requirement> current) {
        List<Requirement> unused = new ArrayList<>(current);
        List<Requirement> requirements = new ArrayList<>();
        for (String line : texts) {
            Requirement same = unused.stream().filter(r -> r.text().equals(line)).findFirst().orElse(null);
            unused.remove(same);
            requirements.add(same != null ? same : new Requirement(line, null, List.of()));
        }
        return requirements;
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private Integer number(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "libraries.validation.number"));
            return null;
        }
    }

    private <E extends Enum<E>> E choice(String field, String value, Function<String, E> parse) {
        if (blank(value)) {
            return null;
        }
        try {
            return parse.apply(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, "libraries.validation.choice"));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
