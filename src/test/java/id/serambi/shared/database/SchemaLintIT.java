package id.serambi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.support.IntegrationTest;

@IntegrationTest
class SchemaLintIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void everyLibraryTableCarriesLibraryIdInItsKeys() {
        assertThat(new SchemaLint(jdbc).violations()).isEmpty();
    }

    @Test
    void catchesATableWithoutLibraryIdInItsPrimaryKey() {
        transaction.executeWithoutResult(status -> {
            jdbc.execute("create table lint_bad_visit (id bigint primary key, library_id integer not null)");
            jdbc.execute("create table lint_no_library (id bigint primary key)");
            assertThat(new SchemaLint(jdbc).violations())
                    .anyMatch(v -> v.startsWith("lint_bad_visit: library_id is not part of the primary key"))
                    .anyMatch(v -> v.startsWith("lint_no_library: no library_id column"));
            status.setRollbackOnly();
        });
    }

    @Test
    void catchesAForeignKeyThatLeavesLibraryIdOut() {
        transaction.executeWithoutResult(status -> {
            jdbc.execute("create table lint_parent (library_id integer, id bigint, primary key (library_id, id),"
                    + " unique (id))");
            jdbc.execute("create table lint_child (library_id integer, id bigint, parent_id bigint references"
                    + " lint_parent (id), primary key (library_id, id))");
            assertThat(new SchemaLint(jdbc).violations())
                    .anyMatch(v -> v.startsWith("lint_child: foreign key") && v.contains("lint_parent"));
            status.setRollbackOnly();
        });
    }

    @Test
    void catchesIndexesThatLeaveLibraryIdOut() {
        transaction.executeWithoutResult(status -> {
            jdbc.execute("create table lint_word (library_id integer, word text, code text, primary key (library_id,"
                    + " word))");
            jdbc.execute("create index lint_word_by_word on lint_word (word)");
            jdbc.execute("create unique index lint_word_by_code on lint_word (code)");
            jdbc.execute("create index lint_word_keyed on lint_word (lower(library_id || ':' || word))");
            assertThat(new SchemaLint(jdbc).violations())
                    .contains("lint_word: index lint_word_by_word does not include library_id",
                            "lint_word: unique index lint_word_by_code does not include library_id")
                    .noneMatch(v -> v.contains("lint_word_keyed"));
            status.setRollbackOnly();
        });
    }
}
