package id.serambi.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.serambi.support.IntegrationTest;

/**
 * The name search's candidate words come from indexes, not from reading the library's whole word list: with tens of
 * thousands of distinct name words (a real library; the benchmark's generated names have a few hundred) a full read
 * costs a quarter of a second per search. Checked on the plan PostgreSQL chooses, in a transaction rolled back.
 */
@IntegrationTest
class NameCandidatesPlanIT {

    private static final List<String> WORD_TABLES = List.of("member_name_word", "member_name_word_deletion");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aLargeWordListIsReadThroughItsIndexes() {
        String plan = transaction.execute(status -> {
            int library = jdbc.queryForObject("select id from library where code = 'sidoarjo'", Integer.class);
            jdbc.queryForList("select member_name_words_add(?, ?::text[])", library, randomWords(20_000));
            jdbc.execute("analyze member_name_word, member_name_word_deletion");
            jdbc.queryForList("select gin_clean_pending_list('member_name_word_trgm'::regclass)");
            jdbc.execute("select set_config('pg_trgm.similarity_threshold', '0.5', true)");
            String json = jdbc.queryForObject("explain (format json) " + NameCandidates.CANDIDATES, String.class,
                    "Sulistyowati Rhmat", library, library, library, library);
            status.setRollbackOnly();
            return json;
        });

        List<JsonNode> scans = new ArrayList<>();
        collectWordTableScans(JsonMapper.builder().build().readTree(plan).get(0).get("Plan"), scans);
        assertThat(scans).as(plan).hasSizeGreaterThanOrEqualTo(3);
        for (JsonNode scan : scans) {
            String relation = scan.get("Relation Name").asString();
            String searched = relation.equals("member_name_word") ? "word" : "deletion";
            String condition = scan.path("Index Cond").asString() + scan.path("Recheck Cond").asString();
            assertThat(scan.get("Node Type").asString()).as(plan).isNotEqualTo("Seq Scan");
            assertThat(condition).as(relation + " searched by " + searched + " in " + plan).contains(searched);
        }
    }

    private static void collectWordTableScans(JsonNode node, List<JsonNode> scans) {
        if (WORD_TABLES.contains(node.path("Relation Name").asString())) {
            scans.add(node);
        }
        for (JsonNode child : node.path("Plans")) {
            collectWordTableScans(child, scans);
        }
    }

    private static String[] randomWords(int count) {
        Random random = new Random(20261127);
        String letters = "abcdefghijklmnoprstuwy";
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            StringBuilder word = new StringBuilder();
            for (int length = 4 + random.nextInt(6); word.length() < length; ) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            words[i] = word.toString();
        }
        return words;
    }
}
