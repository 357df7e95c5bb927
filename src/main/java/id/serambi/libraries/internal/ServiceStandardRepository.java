package id.serambi.libraries.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.ChannelType;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.ComplaintChannel;
import id.serambi.libraries.CompletionTime;
import id.serambi.libraries.DocumentType;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.ProcedureStep;
import id.serambi.libraries.Requirement;
import id.serambi.libraries.ServiceComponents;
import id.serambi.libraries.ServiceKind;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StandardChange;
import id.serambi.libraries.StandardVersion;
import id.serambi.libraries.StepTiming;
import id.serambi.shared.RememberedRows;

/**
 * Service standards with their requirements, steps and channels; a standard is saved whole. A library's standards are
 * read on most of its requests (every registration, card and complaint records its steps against them: four
 * statements), so they are remembered until one changes.
 */
@Repository
public class ServiceStandardRepository {

    private final JdbcClient jdbc;
    private final StandardVersionRepository versions;
    private final RememberedRows<LibraryId, List<ServiceStandard>> remembered =
            new RememberedRows<>(RememberedRows.SHARED_DATABASE_DELAY);

    ServiceStandardRepository(JdbcClient jdbc, StandardVersionRepository versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    public List<ServiceStandard> findAll(LibraryId library) {
        return remembered.get(library, this::read);
    }

    private List<ServiceStandard> read(LibraryId library) {
        Map<Long, List<Requirement>> requirements = group(library, """
                select service_id, text, category_code, documents from service_requirement
                where library_id = ? order by service_id, position""", ServiceStandardRepository::requirement);
        Map<Long, List<ProcedureStep>> steps = group(library, """
                select service_id, position, actor, description, timing, standard_seconds, time_text, equipment,
                       output, note, checkpoint, step_key::text as step_key
                from service_step where library_id = ? order by service_id, position""", ServiceStandardRepository::step);
        Map<Long, List<ComplaintChannel>> channels = group(library, """
                select service_id, channel, contact from service_complaint_channel
                where library_id = ? order by service_id, position""", ServiceStandardRepository::channel);
        return jdbc.sql("select * from service where library_id = ? order by position, id")
                .param(library.value())
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    return standard(rs, requirements.getOrDefault(id, List.of()), steps.getOrDefault(id, List.of()),
                            channels.getOrDefault(id, List.of()));
                })
                .list().stream().toList();
    }

    public Optional<ServiceStandard> findByCode(LibraryId library, String code) {
        return findAll(library).stream().filter(standard -> standard.code().equals(code)).findFirst();
    }

    public long insert(LibraryId library, int position, ServiceStandard standard) {
        remembered.forget();
        long id = jdbc.sql("""
                insert into service (library_id, code, kind, name, position, fee)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(library.value(), standard.code(), standard.kind().name(), standard.name(), position,
                        standard.fee())
                .query(Long.class).single();
        update(library, id, standard, null);
        return id;
    }

    /**
     * Replaces everything the standard says; the service keeps its id, code and kind, and each step that stays keeps
     * its key (see {@link StepIdentities}). A change that judges cases otherwise makes a new version.
     */
    public void update(LibraryId library, long id, ServiceStandard standard, StandardChange change) {
        remembered.forget();
        CompletionTime completion = standard.completionTime();
        ServiceComponents components = standard.components();
        jdbc.sql("""
                update service set kind = ?, name = ?, decree_number = ?, procedure_summary = ?, actors = ?,
                       completion_value = ?, completion_unit = ?, completion_text = ?, fee = ?, products = ?,
                       complaint_handling = ?, legal_basis = ?, facilities = ?, staff_competence = ?,
                       internal_supervision = ?, staff_count = ?, service_guarantee = ?, safety_guarantee = ?,
                       performance_evaluation = ?, updated_at = coalesce(?, now()), updated_by = ?,
                       updated_by_name = ?
                where library_id = ? and id = ?""")
                .params(standard.kind().name(), standard.name(), standard.decreeNumber(), standard.procedureSummary(),
                        SqlArrays.of(standard.actors()), completion == null ? null : completion.value(),
                        completion == null ? null : completion.unit().name(),
                        completion == null ? null : completion.text(), standard.fee(),
                        SqlArrays.of(standard.products()), standard.complaintHandling(), components.legalBasis(),
                        components.facilities(), components.staffCompetence(), components.internalSupervision(),
                        components.staffCount(), components.serviceGuarantee(), components.safetyGuarantee(),
                        components.performanceEvaluation(), change == null ? null : change.at().atOffset(ZoneOffset.UTC),
                        change == null ? null : change.byAccountId(), change == null ? null : change.byName(),
                        library.value(), id)
                .update();
        replaceChildren(library, id, standard);
    }

    /** When and by whom each of the library's standards was last changed, by service code. */
    public Map<String, StandardChange> changes(LibraryId library) {
        Map<String, StandardChange> changes = new HashMap<>();
        jdbc.sql("select code, updated_at, updated_by, updated_by_name from service where library_id = ?")
                .param(library.value())
                .query((rs, row) -> changes.put(rs.getString("code"), new StandardChange(
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("updated_by", Long.class), rs.getString("updated_by_name"))))
                .list();
        return changes;
    }

    private void replaceChildren(LibraryId library, long id, ServiceStandard standard) {
        List<ProcedureStep> steps = saveSteps(library, id, standard.steps());
        versions.recordIfChanged(library, id, StandardVersion.of(id, 0, steps, standard.completionTime()));
        for (String table : List.of("service_requirement", "service_complaint_channel")) {
            jdbc.sql("delete from " + table + " where library_id = ? and service_id = ?").params(library.value(), id)
                    .update();
        }
        int position = 1;
        for (Requirement requirement : standard.requirements()) {
            jdbc.sql("""
                    insert into service_requirement (library_id, service_id, position, text, category_code, documents)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(library.value(), id, position++, requirement.text(), requirement.categoryCode(),
                            SqlArrays.of(requirement.documents()))
                    .update();
        }
        position = 1;
        for (ComplaintChannel channel : standard.complaintChannels()) {
            jdbc.sql("""
                    insert into service_complaint_channel (library_id, service_id, position, channel, contact)
                    values (?, ?, ?, ?, ?)""")
                    .params(library.value(), id, position++, channel.channel().name(), channel.contact())
                    .update();
        }
    }

    /** Updates the steps in place: new ones are added, changed ones updated, those no longer there retired. */
    private List<ProcedureStep> saveSteps(LibraryId library, long id, List<ProcedureStep> edited) {
        List<ProcedureStep> saved = jdbc.sql("""
                select position, actor, description, timing, standard_seconds, time_text, equipment, output, note,
                       checkpoint, step_key::text as step_key
                from service_step where library_id = ? and service_id = ?""")
                .params(library.value(), id).query((rs, row) -> step(rs)).list();
        List<ProcedureStep> steps = StepIdentities.keep(saved, edited);
        jdbc.sql("delete from service_step where library_id = ? and service_id = ? and step_key::text <> all(?)")
                .params(library.value(), id, SqlArrays.of(steps.stream().map(ProcedureStep::key).toList())).update();
        for (ProcedureStep step : steps) {
            jdbc.sql("""
                    insert into service_step (library_id, service_id, step_key, position, actor, description, timing,
                           standard_seconds, time_text, equipment, output, note, checkpoint)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (library_id, service_id, step_key) do update
                    set position = excluded.position, actor = excluded.actor, description = excluded.description,
                        timing = excluded.timing, standard_seconds = excluded.standard_seconds,
                        time_text = excluded.time_text, equipment = excluded.equipment, output = excluded.output,
                        note = excluded.note, checkpoint = excluded.checkpoint""")
                    .params(library.value(), id, UUID.fromString(step.key()), step.order(), step.actor(),
                            step.description(), step.timing().name(), step.standardSeconds(), step.timeText(),
                            step.equipment(), step.output(), step.note(),
                            step.checkpoint() == null ? null : step.checkpoint().name())
                    .update();
        }
        return steps;
    }

    private <T> Map<Long, List<T>> group(LibraryId library, String sql, RowReader<T> reader) {
        Map<Long, List<T>> grouped = new HashMap<>();
        jdbc.sql(sql).param(library.value()).query((rs, row) -> grouped
                .computeIfAbsent(rs.getLong("service_id"), key -> new ArrayList<>()).add(reader.read(rs))).list();
        return grouped;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static ServiceStandard standard(ResultSet rs, List<Requirement> requirements, List<ProcedureStep> steps,
            List<ComplaintChannel> channels) throws SQLException {
        String unit = rs.getString("completion_unit");
        CompletionTime completion = unit == null ? null : new CompletionTime(rs.getInt("completion_value"),
                CompletionTime.Unit.valueOf(unit), rs.getString("completion_text"));
        ServiceComponents components = new ServiceComponents(rs.getString("legal_basis"),
                rs.getString("facilities"), rs.getString("staff_competence"), rs.getString("internal_supervision"),
                rs.getString("staff_count"), rs.getString("service_guarantee"), rs.getString("safety_guarantee"),
                rs.getString("performance_evaluation"));
        return new ServiceStandard(rs.getLong("id"), rs.getString("code"), ServiceKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("decree_number"), rs.getString("procedure_summary"),
                SqlArrays.strings(rs, "actors"), List.copyOf(requirements), List.copyOf(steps), completion,
                rs.getString("fee"), SqlArrays.strings(rs, "products"), rs.getString("complaint_handling"),
                List.copyOf(channels), components);
    }

    private static Requirement requirement(ResultSet rs) throws SQLException {
        return new Requirement(rs.getString("text"), rs.getString("category_code"),
                SqlArrays.enums(rs, "documents", DocumentType::valueOf));
    }

    private static ProcedureStep step(ResultSet rs) throws SQLException {
        String checkpoint = rs.getString("checkpoint");
        return new ProcedureStep(rs.getInt("position"), rs.getString("actor"), rs.getString("description"),
                StepTiming.valueOf(rs.getString("timing")), rs.getObject("standard_seconds", Integer.class),
                rs.getString("time_text"), rs.getString("equipment"), rs.getString("output"), rs.getString("note"),
                checkpoint == null ? null : Checkpoint.valueOf(checkpoint), rs.getString("step_key"));
    }

    private static ComplaintChannel channel(ResultSet rs) throws SQLException {
        return new ComplaintChannel(ChannelType.valueOf(rs.getString("channel")), rs.getString("contact"));
    }
}
