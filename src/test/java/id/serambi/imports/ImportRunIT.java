package id.serambi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import id.serambi.frontoffice.FailingCardCopy;
import id.serambi.imports.internal.Uploads;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MembersImported;
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;
import id.serambi.support.Outbox;

@IntegrationTest
class ImportRunIT {

    @Autowired
    ImportService imports;

    @Autowired
    ImportCommand command;

    @Autowired
    Uploads uploads;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEventPublications publications;

    @Test
    void anImportThatFailsHalfwayLeavesNothingHalfImported() throws IOException {
        Library lebak = libraries.require("lebak");
        // 1,000 rows after the first batch: more than the reader's read-ahead, so the bad bytes at the end are met
        // only after the first batch has been handed to the writer.
        ImportFixtures.Generated file = ImportFixtures.aFile("slims", 11_000, 0);
        Upload upload = upload(lebak, file, "halfway.csv");
        Path stored = uploads.file(lebak.id(), upload.id());
        // The first member gets a name no one in the library has: its words go into the search's word list with the
        // first batch, before the import fails.
        String word = "zqhalfway" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 26)
                .replaceAll("[0-9]", "q");
        List<String> lines = new ArrayList<>(Files.readAllLines(stored));
        String[] first = lines.get(1).split(",", 3);
        lines.set(1, first[0] + ",Budi " + word + "," + first[2]);
        Files.write(stored, lines);
        // The file goes bad after the first batch of 10,000 rows has been written inside the transaction.
        Files.write(stored, new byte[] {(byte) 0xC3, (byte) 0x28, '\n'}, StandardOpenOption.APPEND);

        ImportRun run = imports.runNow(lebak, upload.id(), ColumnMapping.of(Preset.SLIMS, "umum"));

        assertThat(run.status()).isEqualTo(ImportRun.Status.FAILED);
        assertThat(run.failure()).isEqualTo("imports.file.encoding");
        assertThat(run.imported()).isZero();
        assertThat(run.processed()).as("rows written before the failure").isGreaterThanOrEqualTo(10_000);
        assertThat(count("select count(*) from member_history where note like ?", "IMPORT " + run.id() + " %"))
                .isZero();
        assertThat(count("select count(*) from member where member_number like ?", file.prefix() + "%")).isZero();
        assertThat(count("select count(*) from frontoffice_member_card where member_number like ?",
                file.prefix() + "%")).isZero();
        assertThat(count("select count(*) from event_publication where serialized_event like ?",
                "%" + file.prefix() + "%")).as("publications of the rolled-back batches").isZero();
        assertThat(count("select count(*) from member_name_word where word = ?", word)).isZero();
        assertThat(count("select count(*) from member_name_word_deletion where word = ?", word)).isZero();
    }

    @Test
    void aBulkImportWritesEveryReferenceItsSkippedChecksWouldHaveCheckedAndLeavesTheChecksOn() throws IOException {
        Library lebak = libraries.require("lebak");
        // Two batches: the second sends only the name words the first did not.
        ImportFixtures.Generated file = ImportFixtures.aFile("slims", 10_300, 0);
        Upload upload = upload(lebak, file, "references.csv");

        ImportRun run = imports.runNow(lebak, upload.id(), ColumnMapping.of(Preset.SLIMS, "umum"));

        assertThat(run.status()).isEqualTo(ImportRun.Status.DONE);
        // The run's members, renumbered ones included, by their history entry.
        String imported = "IMPORT " + run.id() + " %";
        String ofTheRun = " and m.id in (select h.member_id from member_history h where h.library_id = m.library_id"
                + " and h.note like ?)";
        long members = count("select count(*) from member m where true" + ofTheRun, imported);
        assertThat(members).isEqualTo(run.imported()).isGreaterThan(10_000);
        // What the foreign keys would have checked row by row: each member's category exists, each history and
        // consent row has its member, and each card copy exists once (written after commit).
        assertThat(count("""
                select count(*) from member m where not exists (select 1 from member_category c
                    where c.library_id = m.library_id and c.code = m.category_code)""" + ofTheRun, imported)).isZero();
        Eventually.holds(() -> assertThat(count("""
                select count(*) from member m where
                  (select count(*) from member_history h where h.library_id = m.library_id and h.member_id = m.id) = 1
                  and (select count(*) from member_consent c where c.library_id = m.library_id and c.member_id = m.id) = 1
                  and exists (select 1 from frontoffice_member_card f where f.library_id = m.library_id
                      and f.member_number = m.member_number and f.member_id = m.id)""" + ofTheRun, imported))
                .isEqualTo(members));
        assertThat(count("""
                select count(*) from member_history h where not exists (select 1 from member m
                    where m.library_id = h.library_id and m.id = h.member_id)""")).isZero();
        // The batches' words are in the name-search word list (the member trigger did not run for them).
        assertThat(count("""
                select count(*) from member m, unnest(member_name_words(m.full_name)) as w
                where not exists (select 1 from member_name_word d
                    where d.library_id = m.library_id and d.word = w)""" + ofTheRun, imported)).isZero();
        // The checks were skipped for the import's statements only: the pool's connections check again.
        assertThat(jdbc.sql("select current_setting('session_replication_role')").query(String.class).single())
                .isEqualTo("origin");
        assertThat(jdbc.sql("select count(*) from pg_constraint where contype = 'f' and not convalidated")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theCommandLineImportsAFileAndWritesTheRejectedRowsInTheChosenLanguage() throws Exception {
        ImportFixtures.Generated file = ImportFixtures.aFile("inlislite", 300, 10);
        Path report = Files.createTempFile("rejected", ".csv");
        report.toFile().deleteOnExit();
        try {
            command.run(new DefaultApplicationArguments("import", "--library=lebak", "--preset=inlislite",
                    "--type=1=umum", "--type=2=umum", "--type=3=umum", "--report=" + report, "--lang=en",
                    file.file().toString()));
        } finally {
            LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
        }
        List<String> lines = Files.readAllLines(report);
        assertThat(lines.getFirst()).startsWith("Row,Column,Reason,ID,MemberNo,Fullname");
        assertThat(ImportApiIT.report(lines)).hasSize((int) file.badRows());
        assertThat(count("select count(*) from member where member_number like ?", file.prefix() + "%"))
                .isEqualTo(file.rows() - file.badRows() - renumberedOf(file));
    }

    private long renumberedOf(ImportFixtures.Generated file) {
        return count("""
                select count(*) from member where ? = any(select split_part(w, ':', 1) from unnest(warnings) w)
                  and exists (select 1 from unnest(warnings) w where w like ?)""", "imports.warning.renumbered",
                "%:" + file.prefix() + "%");
    }

    @Test
    void theModulesLearnOfImportedMembersWithForeignKeysAndTriggersOnAgain() throws IOException {
        Library lebak = libraries.require("lebak");
        ImportFixtures.Generated file = ImportFixtures.aFile("slims", 50, 0);
        Upload upload = upload(lebak, file, "listeners.csv");
        // A trigger on the front office's card copy, written by its listener of MembersImported: it fires only while
        // session_replication_role is origin, and records what the listener's statement saw.
        jdbc.sql("create table import_test_listener_saw (member_number text, role text)").update();
        jdbc.sql("""
                create function import_test_listener_saw() returns trigger language plpgsql as $$
                begin
                    insert into import_test_listener_saw values (new.member_number,
                        current_setting('session_replication_role'));
                    return new;
                end $$""").update();
        jdbc.sql("create trigger import_test_listener_saw after insert on frontoffice_member_card for each row "
                + "execute function import_test_listener_saw()").update();
        try {
            ImportRun run = imports.runNow(lebak, upload.id(), ColumnMapping.of(Preset.SLIMS, "umum"));

            assertThat(run.status()).isEqualTo(ImportRun.Status.DONE);
            assertThat(run.imported()).isPositive();
            Eventually.holds(() -> assertThat(jdbc.sql(
                    "select role from import_test_listener_saw where member_number like ?")
                    .param(file.prefix() + "%").query(String.class).list())
                    .as("what the listener's write saw").hasSize((int) run.imported()).containsOnly("origin"));
        } finally {
            jdbc.sql("drop trigger import_test_listener_saw on frontoffice_member_card").update();
            jdbc.sql("drop function import_test_listener_saw()").update();
            jdbc.sql("drop table import_test_listener_saw").update();
        }
    }

    @Test
    void aCardCopyThatFailsLeavesTheImportInPlaceAndWaitsInTheOutboxToBeResubmitted() throws IOException {
        Library lebak = libraries.require("lebak");
        ImportFixtures.Generated file = ImportFixtures.aFile("slims", 40, 0);
        Upload upload = upload(lebak, file, "failing-copy.csv");
        String ofTheFile = file.prefix() + "%";
        try (FailingCardCopy failing = FailingCardCopy.of(jdbc, ofTheFile)) {
            ImportRun run = imports.runNow(lebak, upload.id(), ColumnMapping.of(Preset.SLIMS, "umum"));

            assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo(ImportRun.Status.DONE);
            assertThat(count("select count(*) from member where member_number like ?", ofTheFile)).isPositive();
            Eventually.holds(() -> assertThat(Outbox.held(jdbc, "MemberCardListener", file.prefix()))
                    .as("the batch's publication, failed and kept").containsExactly("FAILED"));
            assertThat(count("select count(*) from frontoffice_member_card where member_number like ?", ofTheFile))
                    .isZero();
        }

        publications.resubmitIncompletePublications(publication -> publication.getEvent() instanceof MembersImported
                batch && batch.cards().stream().anyMatch(card -> card.memberNumber().startsWith(file.prefix())));

        Eventually.holds(() -> {
            assertThat(Outbox.held(jdbc, "MemberCardListener", file.prefix())).as("publications left").isEmpty();
            assertThat(count("select count(*) from frontoffice_member_card where member_number like ?", ofTheFile))
                    .isEqualTo(count("select count(*) from member where member_number like ?", ofTheFile));
        });
    }

    private Upload upload(Library library, ImportFixtures.Generated file, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file.file())) {
            return imports.upload(library, name, in);
        }
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
