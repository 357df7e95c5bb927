package id.serambi.archfixture.web;

import org.springframework.jdbc.core.JdbcTemplate;

/** Breaks the architecture rules on purpose, so that ArchitectureRulesTest can show they catch it. */
public class RuleBreakingController {

    private final JdbcTemplate jdbc;

    public RuleBreakingController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int count(String table) {
        if (table.isBlank()) {
            throw new IllegalArgumentException("no table");
        }
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
