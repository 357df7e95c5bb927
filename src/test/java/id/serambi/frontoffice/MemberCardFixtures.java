package id.serambi.frontoffice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.libraries.LibraryId;
import id.serambi.membership.MemberCardChanged;
import id.serambi.membership.MemberStatus;
import id.serambi.support.Eventually;

/**
 * Members as membership announces them: each call publishes a fresh card change inside a transaction and returns
 * once the front office has copied it (after commit, in its own transaction).
 */
public final class MemberCardFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000));

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    public MemberCardFixtures(ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.events = events;
        this.transaction = transaction;
        this.jdbc = JdbcClient.create(
                ((DataSourceTransactionManager) transaction.getTransactionManager()).getDataSource());
    }

    /** A card as a patron holds it. */
    public record TestMember(LibraryId library, long id, String number, String name) {
    }

    public TestMember aValidMember(LibraryId library) {
        return aMember(library, MemberStatus.APPROVED, LocalDate.now().plusYears(1), null);
    }

    public TestMember anExpiredMember(LibraryId library) {
        return aMember(library, MemberStatus.APPROVED, LocalDate.now().minusDays(3), null);
    }

    public TestMember aReplacedMember(LibraryId library) {
        return aMember(library, MemberStatus.REPLACED, LocalDate.now().plusYears(1), "R" + SEQUENCE.get());
    }

    public TestMember aMember(LibraryId library, MemberStatus status, LocalDate expiresOn, String replacedBy) {
        long id = SEQUENCE.incrementAndGet();
        String number = String.format("%02d%010d", library.value(), id);
        String name = "Anggota Uji " + id;
        transaction.executeWithoutResult(s -> events.publishEvent(new MemberCardChanged(library, id, number, name,
                "UMUM", status, expiresOn, replacedBy, Instant.now())));
        Eventually.holds(() -> org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select status from frontoffice_member_card where library_id = ? and member_number = ?""")
                .params(library.value(), number).query(String.class).optional()).as("the copied card")
                .contains(status.name()));
        return new TestMember(library, id, number, name);
    }
}
