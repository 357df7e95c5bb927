package id.serambi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Every page is in Bahasa Indonesia and English: no template holds text that is not in the bundles. */
class MessageBundlesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
    static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value", "label");
    static final Set<String> TEXT_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors");

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        assertThat(MessageBundles.baseNames()).contains("i18n/messages");
        for (String bundle : MessageBundles.baseNames()) {
            Set<String> indonesian = load(bundle + ".properties").stringPropertyNames();
            Set<String> english = load(bundle + "_en.properties").stringPropertyNames();
            assertThat(english).as("keys of %s_en", bundle).containsExactlyInAnyOrderElementsOf(indonesian);
        }
    }

    @Test
    void everyMessageKeyATemplateUsesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String bundle : MessageBundles.baseNames()) {
            known.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                String key = matcher.group(1);
                if (!key.endsWith(".") && !known.contains(key)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noTemplateHoldsTextOutsideTheBundles() throws IOException {
        List<String> untranslated = new ArrayList<>();
        for (Path template : templates()) {
            untranslated.addAll(untranslatedText(template));
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void theCheckCatchesUntranslatedText() throws IOException {
        Path template = Files.createTempFile("page", ".html");
        template.toFile().deleteOnExit();
        Files.writeString(template, """
                <html th:replace="~{layout :: page(~{::main})}"><main>
                <div><p th:text="#{app.name}">Serambi</p><p>Selamat datang</p>
                <input placeholder="Nama lengkap"><input th:placeholder="#{app.name}" placeholder="x"></div></main></html>""");

        assertThat(untranslatedText(template)).hasSize(2)
                .anyMatch(s -> s.contains("Selamat datang")).anyMatch(s -> s.contains("Nama lengkap"));
    }

    static List<String> untranslatedText(Path template) throws IOException {
        Document page = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
        List<String> found = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            if (replacesItsText(element)) {
                continue;
            }
            for (TextNode text : element.textNodes()) {
                if (isWords(text.text())) {
                    found.add(template.getFileName() + ": <" + element.tagName() + "> " + text.text().strip());
                }
            }
            for (String attribute : TEXT_ATTRIBUTES) {
                if (element.hasAttr(attribute) && isWords(element.attr(attribute))
                        && !element.hasAttr("th:" + attribute) && !element.hasAttr("th:attr")
                        && !"hidden".equals(element.attr("type"))) {
                    found.add(template.getFileName() + ": <" + element.tagName() + " " + attribute + "> "
                            + element.attr(attribute));
                }
            }
        }
        return found;
    }

    private static boolean replacesItsText(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            boolean layoutCall = "html".equals(e.tagName());
            if (!layoutCall && TEXT_REPLACING.stream().anyMatch(e::hasAttr) || "script".equals(e.tagName())
                    || "style".equals(e.tagName()) || e.hasAttr("data-no-i18n")) {
                return true;
            }
        }
        return false;
    }

    /** Letters that a reader would read; symbols, numbers and the product name need no translation. */
    private static boolean isWords(String text) {
        String stripped = text.strip();
        return stripped.codePoints().filter(Character::isLetter).count() >= 2 && !stripped.equals("Serambi");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
