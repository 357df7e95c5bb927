package id.serambi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Text that members, visitors, complainants and staff typed is shown in an element of its own that the browser
 * isolates ({@code <bdi>}, or {@code dir="auto"}), so that a right-to-left override inside it cannot turn around
 * the member number or anything else beside it; typed text inside a sentence goes through {@code @bidi.isolate}.
 */
class UserTextIsolationTest {

    private static final Pattern TAG_WITH_TEXT = Pattern.compile("<(\\w+)([^>]*?)\\sth:text=\"([^\"]*)\"([^>]*)>");
    private static final Pattern TYPED = Pattern.compile("\\b(fullName|memberName|staffName|signatureName|contact|"
            + "workstationName)\\(\\)|\\b(v|complaint)\\.name\\(\\)|\\b(c|complaint)\\.text\\(\\)|\\.note\\(\\)");

    @Test
    void typedTextIsShownIsolated() throws IOException {
        List<String> exposed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MessageBundlesTest.TEMPLATES)) {
            for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                exposed.addAll(exposed(template));
            }
        }
        assertThat(exposed).isEmpty();
    }

    @Test
    void theCheckCatchesANameBesideTheMemberNumber() throws IOException {
        Path template = Files.createTempFile("page", ".html");
        try {
            Files.writeString(template, "<h1><span th:text=\"${member.fullName()}\">N</span> · "
                    + "<bdi th:text=\"${e.memberName()}\">N</bdi><td dir=\"auto\" th:text=\"${h.note()}\">C</td></h1>"
                    + "<p th:text=\"#{home.greeting(${@bidi.isolate(staff.fullName())})}\">G</p>");
            assertThat(exposed(template)).singleElement().asString().contains("fullName");
        } finally {
            Files.delete(template);
        }
    }

    private static List<String> exposed(Path template) throws IOException {
        List<String> exposed = new ArrayList<>();
        Matcher tag = TAG_WITH_TEXT.matcher(Files.readString(template));
        while (tag.find()) {
            boolean typed = TYPED.matcher(tag.group(3).replaceAll("@bidi\\.isolate\\([^)]*\\)\\)", "")).find();
            boolean isolated = tag.group(1).equals("bdi") || (tag.group(2) + tag.group(4)).contains("dir=\"auto\"");
            if (typed && !isolated) {
                exposed.add(template.getFileName() + ": <" + tag.group(1) + " th:text=\"" + tag.group(3) + "\">");
            }
        }
        return exposed;
    }
}
