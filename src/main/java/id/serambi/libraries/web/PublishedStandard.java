package id.serambi.libraries.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.serambi.libraries.ProcedureStep;
import id.serambi.libraries.ServiceStandard;

/**
 * A standard laid out as the documents print it: one column per actor (pelaksana), the step marked in its actor's
 * column, then the standard's own columns (kelengkapan, waktu, output, keterangan).
 */
record PublishedStandard(ServiceStandard standard, List<String> actorColumns, boolean hasEquipment,
        boolean hasOutput, boolean hasNote) {

    static PublishedStandard of(ServiceStandard standard) {
        Set<String> columns = new LinkedHashSet<>(standard.actors());
        standard.steps().forEach(step -> columns.add(step.actor()));
        List<ProcedureStep> steps = standard.steps();
        return new PublishedStandard(standard, new ArrayList<>(columns),
                steps.stream().anyMatch(s -> s.equipment() != null),
                steps.stream().anyMatch(s -> s.output() != null),
                steps.stream().anyMatch(s -> s.note() != null));
    }
}
