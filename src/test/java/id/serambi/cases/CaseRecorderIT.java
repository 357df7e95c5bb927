package id.serambi.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceKind;
import id.serambi.support.IntegrationTest;

@IntegrationTest
class CaseRecorderIT {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibraryService libraries;

    @Autowired
    CaseService cases;

    @Test
    void keepsEveryOccurrenceOfAStepInTheTransactionThatReachedItAndCountsTheFirst() {
        LibraryId lebak = libraries.require("lebak").id();
        String member = UUID.randomUUID().toString();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        transaction.executeWithoutResult(s -> {
            publish(lebak, SubjectKind.MEMBER, member, "DESK", Checkpoint.PHOTO_TAKEN, at);
            assertThat(occurrences(lebak, SubjectKind.MEMBER, member)).as("written by the step's own transaction")
                    .hasSize(1);
            publish(lebak, SubjectKind.MEMBER, member, "DESK", Checkpoint.PHOTO_TAKEN, at.plusSeconds(9));
        });

        assertThat(occurrences(lebak, SubjectKind.MEMBER, member)).extracting(CaseTimeline.Occurrence::at)
                .containsExactly(at, at.plusSeconds(9));
        Instant counted = jdbc.sql("select reached_at from case_step where case_ref = ?").param(member)
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(counted).isEqualTo(at);
    }

    @Test
    void keepsBothRevisionRoundsOfOneCase() {
        LibraryId jateng = libraries.require("jateng").id();
        String member = UUID.randomUUID().toString();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        for (int round = 0; round < 2; round++) {
            Instant start = at.plusSeconds(600L * round);
            transaction.executeWithoutResult(s -> {
                publish(jateng, SubjectKind.MEMBER, member, "DESK", Checkpoint.DATA_VERIFIED, start);
                publish(jateng, SubjectKind.MEMBER, member, "DESK", Checkpoint.DATA_REVISED, start.plusSeconds(60));
            });
        }

        List<CaseTimeline> timelines = cases.timelines(jateng, SubjectKind.MEMBER, member);
        assertThat(timelines).singleElement().satisfies(c -> assertThat(c.service()).isEqualTo(ServiceKind.KTA_DESK));
        assertThat(timelines.getFirst().occurrences()).extracting(CaseTimeline.Occurrence::checkpoint)
                .containsExactly(Checkpoint.DATA_VERIFIED, Checkpoint.DATA_REVISED, Checkpoint.DATA_VERIFIED,
                        Checkpoint.DATA_REVISED);
    }

    @Test
    void recordsNothingWhenTheCaseRollsBack() {
        LibraryId lebak = libraries.require("lebak").id();
        String member = UUID.randomUUID().toString();

        transaction.executeWithoutResult(s -> {
            publish(lebak, SubjectKind.MEMBER, member, "DESK", Checkpoint.DATA_VERIFIED, Instant.now());
            s.setRollbackOnly();
        });

        assertThat(cases.timelines(lebak, SubjectKind.MEMBER, member)).isEmpty();
    }

    @Test
    void aStepTheLibrarysProcedureDoesNotHaveIsNotRecordedWhicheverModuleSendsIt() {
        LibraryId barut = libraries.require("barut").id();
        String complaint = "BRT-" + UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        transaction.executeWithoutResult(s -> {
            publish(barut, SubjectKind.COMPLAINT, complaint, null, Checkpoint.COMPLAINT_RECORDED, at);
            publish(barut, SubjectKind.COMPLAINT, complaint, null, Checkpoint.COMPLAINT_ANSWERED, at.plusSeconds(60));
        });

        assertThat(occurrences(barut, SubjectKind.COMPLAINT, complaint)).extracting(CaseTimeline.Occurrence::checkpoint)
                .as("Barito Utara's complaint procedure has no answering step").containsExactly(
                        Checkpoint.COMPLAINT_RECORDED);
    }

    @Test
    void aScanAtTheDoorGoesToTheMembersDeskCardCaseWhereThatProcedureEndsAtTheDoor() {
        LibraryId sidoarjo = libraries.require("sidoarjo").id();
        String member = UUID.randomUUID().toString();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        transaction.executeWithoutResult(s -> {
            publish(sidoarjo, SubjectKind.MEMBER, member, "DESK", Checkpoint.FORM_FILLED, at);
            publish(sidoarjo, SubjectKind.MEMBER, member, null, Checkpoint.FIRST_VISIT_SCANNED, at.plusSeconds(9));
        });

        assertThat(cases.timelines(sidoarjo, SubjectKind.MEMBER, member)).as("Sidoarjo's online card ends elsewhere")
                .singleElement().satisfies(c -> {
                    assertThat(c.service()).isEqualTo(ServiceKind.KTA_DESK);
                    assertThat(c.occurrences()).extracting(CaseTimeline.Occurrence::checkpoint)
                            .containsExactly(Checkpoint.FORM_FILLED, Checkpoint.FIRST_VISIT_SCANNED);
                });
    }

    private List<CaseTimeline.Occurrence> occurrences(LibraryId library, SubjectKind kind, String reference) {
        return cases.timelines(library, kind, reference).stream().flatMap(c -> c.occurrences().stream()).toList();
    }

    private void publish(LibraryId library, SubjectKind kind, String reference, String channel, Checkpoint checkpoint,
            Instant at) {
        events.publishEvent(new StepReached(library, kind, reference, channel, checkpoint, at, null));
    }
}
