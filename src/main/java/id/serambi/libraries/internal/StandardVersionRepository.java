package id.serambi.libraries.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.CompletionTime;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.StandardVersion;
import id.serambi.libraries.StepTiming;

/**
 * The versions of each service standard. A version never changes once written, so each is remembered for good; only
 * the number of a service's current version is read afresh.
 */
@Repository
public class StandardVersionRepository {

    private final JdbcClient jdbc;
    private final Map<VersionId, StandardVersion> remembered = new ConcurrentHashMap<>();

    StandardVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public StandardVersion current(LibraryId library, long serviceId) {
        int version = jdbc.sql("select version from service where library_id = ? and id = ?")
                .params(library.value(), serviceId).query(Integer.class).single();
        return find(library, serviceId, version);
    }

    public StandardVersion find(LibraryId library, long serviceId, int version) {
        return remembered.computeIfAbsent(new VersionId(library, serviceId, version), this::read);
    }

    /** Writes the standard's saved content as a new version when it judges cases otherwise than the current one. */
    void recordIfChanged(LibraryId library, long serviceId, StandardVersion saved) {
        List<Integer> numbers = jdbc.sql("select version from service_version where library_id = ? and service_id = ?"
                + " order by version desc limit 1").params(library.value(), serviceId).query(Integer.class).list();
        if (!numbers.isEmpty() && find(library, serviceId, numbers.getFirst()).judgesLike(saved)) {
            return;
        }
        int next = numbers.isEmpty() ? 1 : numbers.getFirst() + 1;
        CompletionTime completion = saved.completionTime();
        jdbc.sql("""
                insert into service_version (library_id, service_id, version, completion_value, completion_unit)
                values (?, ?, ?, ?, ?)""")
                .params(library.value(), serviceId, next, completion == null ? null : completion.value(),
                        completion == null ? null : completion.unit().name())
                .update();
        for (StandardVersion.Step step : saved.steps()) {
            jdbc.sql("""
                    insert into service_version_step (library_id, service_id, version, position, step_key, timing,
                           standard_seconds, checkpoint)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(library.value(), serviceId, next, step.order(), UUID.fromString(step.key()),
                            step.timing().name(), step.standardSeconds(),
                            step.checkpoint() == null ? null : step.checkpoint().name())
                    .update();
        }
        jdbc.sql("update service set version = ? where library_id = ? and id = ?")
                .params(next, library.value(), serviceId).update();
        forgetIfRolledBack(new VersionId(library, serviceId, next));
    }

    /** A version read inside the transaction that wrote it is not remembered past that transaction's rollback. */
    private void forgetIfRolledBack(VersionId id) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        remembered.remove(id);
                    }
                }
            });
        }
    }

    private StandardVersion read(VersionId id) {
        var completion = jdbc.sql("""
                select completion_value, completion_unit from service_version
                where library_id = ? and service_id = ? and version = ?""")
                .params(id.library().value(), id.serviceId(), id.version())
                .query((rs, row) -> java.util.Optional.ofNullable(rs.getString(2) == null ? null
                        : new CompletionTime(rs.getInt(1), CompletionTime.Unit.valueOf(rs.getString(2)), null)))
                .optional().orElseThrow(() -> new IllegalStateException("no version " + id));
        List<StandardVersion.Step> steps = new ArrayList<>(jdbc.sql("""
                select step_key::text, position, timing, standard_seconds, checkpoint from service_version_step
                where library_id = ? and service_id = ? and version = ? order by position""")
                .params(id.library().value(), id.serviceId(), id.version())
                .query((rs, row) -> new StandardVersion.Step(rs.getString(1), rs.getInt(2),
                        StepTiming.valueOf(rs.getString(3)), rs.getObject(4, Integer.class),
                        rs.getString(5) == null ? null : Checkpoint.valueOf(rs.getString(5))))
                .list());
        return new StandardVersion(id.serviceId(), id.version(), steps, completion.orElse(null));
    }

    private record VersionId(LibraryId library, long serviceId, int version) {
    }
}
