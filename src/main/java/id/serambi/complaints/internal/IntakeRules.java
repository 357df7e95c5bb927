package id.serambi.complaints.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.serambi.complaints.NewComplaint;
import id.serambi.libraries.ChannelType;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;

/** What a complaint must carry before anything is stored. */
public final class IntakeRules {

    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 120;
    static final int MAX_CONTACT = 200;

    private IntakeRules() {
    }

    /**
     * The channel of a valid complaint; the public may only use the web form's channel (WEBSITE), staff record
     * whatever reached them.
     */
    public static ChannelType check(NewComplaint request, boolean byStaff) {
        List<FieldProblem> problems = new ArrayList<>();
        ChannelType channel = channel(request.channel());
        if (channel == null) {
            problems.add(FieldProblem.of("channel", "complaints.validation.channel",
                    Arrays.toString(ChannelType.values())));
        } else if (!byStaff && channel != ChannelType.WEBSITE) {
            problems.add(FieldProblem.of("channel", "complaints.validation.publicChannel"));
        }
        if (request.text() == null || request.text().isBlank()) {
            problems.add(FieldProblem.of("text", "validation.required"));
        } else if (request.text().length() > MAX_TEXT) {
            problems.add(FieldProblem.of("text", "validation.tooLong", MAX_TEXT));
        }
        if (request.name() != null && request.name().length() > MAX_NAME) {
            problems.add(FieldProblem.of("name", "validation.tooLong", MAX_NAME));
        }
        if (request.contact() != null && request.contact().length() > MAX_CONTACT) {
            problems.add(FieldProblem.of("contact", "validation.tooLong", MAX_CONTACT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return channel;
    }

    /** Trimmed, or null when empty. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static ChannelType channel(String name) {
        if (name == null) {
            return null;
        }
        return Arrays.stream(ChannelType.values()).filter(c -> c.name().equals(name.trim())).findFirst()
                .orElse(null);
    }
}
