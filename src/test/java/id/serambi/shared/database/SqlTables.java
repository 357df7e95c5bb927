package id.serambi.shared.database;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table names a piece of SQL writes (creates, alters, indexes, fills, locks) and reads (FROM, JOIN), found by
 * pattern rather than parsed: callers keep only names that are tables, so a keyword caught as a name is dropped.
 */
final class SqlTables {

    private static final String NAME = "([a-z_][a-z0-9_]*)";

    private static final List<Pattern> WRITES = patterns(
            "\\bcreate\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?" + NAME,
            "\\bcreate\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?view\\s+(?:if\\s+not\\s+exists\\s+)?" + NAME,
            "\\b(?:alter|drop)\\s+(?:materialized\\s+)?view\\s+(?:if\\s+exists\\s+)?" + NAME,
            "\\balter\\s+table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?" + NAME,
            "\\bdrop\\s+table\\s+(?:if\\s+exists\\s+)?" + NAME,
            "\\bcreate\\s+(?:unique\\s+)?index\\s+(?:concurrently\\s+)?(?:if\\s+not\\s+exists\\s+)?(?:[a-z0-9_]+\\s+)?on\\s+"
                    + "(?:only\\s+)?" + NAME,
            "\\bcreate\\s+(?:or\\s+replace\\s+)?(?:constraint\\s+)?trigger\\s+[a-z0-9_]+\\s[^;]*?\\bon\\s+" + NAME,
            "\\binsert\\s+into\\s+" + NAME,
            "\\bmerge\\s+into\\s+" + NAME,
            "\\bupdate\\s+(?:only\\s+)?" + NAME,
            "\\bdelete\\s+from\\s+(?:only\\s+)?" + NAME,
            "\\btruncate\\s+(?:table\\s+)?" + NAME,
            "\\block\\s+table\\s+" + NAME,
            "\\bcopy\\s+" + NAME,
            "\\brename\\s+to\\s+" + NAME,
            "\\bcomment\\s+on\\s+table\\s+" + NAME);

    private static final List<Pattern> READS = patterns(
            "\\bfrom\\s+(?:only\\s+)?" + NAME,
            "\\bjoin\\s+(?:lateral\\s+)?" + NAME);

    private SqlTables() {
    }

    static Set<String> writes(String sql) {
        return names(WRITES, sql);
    }

    static Set<String> reads(String sql) {
        return names(READS, sql);
    }

    /** Everything the text writes or reads. */
    static Set<String> all(String sql) {
        Set<String> all = writes(sql);
        all.addAll(reads(sql));
        return all;
    }

    private static Set<String> names(List<Pattern> patterns, String sql) {
        String text = sql.replaceAll("--[^\\n]*", " ").toLowerCase(Locale.ROOT);
        Set<String> names = new TreeSet<>();
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}
