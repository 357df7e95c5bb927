package id.serambi.servicetimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.CheckpointReached;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceKind;
import id.serambi.support.IntegrationTest;

@IntegrationTest
class CaseStepRecorderIT {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibraryService libraries;

    @Test
    void recordsEachCheckpointOfACaseOnceInTheTransactionThatReachedIt() {
        var lebak = libraries.require("lebak").id();
        String caseRef = UUID.randomUUID().toString();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        transaction.executeWithoutResult(s -> {
            events.publishEvent(new CheckpointReached(lebak, ServiceKind.KTA_DESK, caseRef,
                    Checkpoint.PHOTO_TAKEN, at, null));
            assertThat(steps(caseRef)).as("written by the step's own transaction").isEqualTo(1);
            events.publishEvent(new CheckpointReached(lebak, ServiceKind.KTA_DESK, caseRef,
                    Checkpoint.PHOTO_TAKEN, at.plusSeconds(9), null));
        });

        assertThat(steps(caseRef)).isEqualTo(1);
        Instant recorded = jdbc.sql("select reached_at from case_step where case_ref = ?").param(caseRef)
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(recorded).isEqualTo(at);
    }

    @Test
    void recordsNothingWhenTheCaseRollsBack() {
        var lebak = libraries.require("lebak").id();
        String caseRef = UUID.randomUUID().toString();

        transaction.executeWithoutResult(s -> {
            events.publishEvent(new CheckpointReached(lebak, ServiceKind.KTA_DESK, caseRef,
                    Checkpoint.DATA_VERIFIED, Instant.now(), null));
            s.setRollbackOnly();
        });

        assertThat(steps(caseRef)).isZero();
    }

    private long steps(String caseRef) {
        return jdbc.sql("select count(*) from case_step where case_ref = ?").param(caseRef).query(Long.class).single();
    }
}
