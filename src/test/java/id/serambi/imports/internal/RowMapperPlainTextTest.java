package id.serambi.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.serambi.imports.ColumnMapping;
import id.serambi.imports.Preset;
import id.serambi.imports.Target;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.PlainText;

class RowMapperPlainTextTest {

    private final RowMapper mapper = new RowMapper(new ColumnMapping(Preset.CUSTOM, Map.of(Target.FULL_NAME, "name",
            Target.ADDRESS, "address", Target.BIRTH_PLACE, "born"), Map.of(), "umum"),
            List.of("name", "address", "born"));

    @Test
    void anImportedNameWithALineBreakOrADirectionOverrideIsRejectedAsAtTheDesk() {
        List<FieldProblem> problems = mapper.map(List.of("Budi\n2026-01-01 FAKE", "Jl. Mawar\nRT 01",
                "Lebak\u202E")).problems();

        assertThat(problems).extracting(FieldProblem::field).containsExactlyInAnyOrder("fullName", "birthPlace");
        assertThat(problems).extracting(FieldProblem::messageKey).containsOnly(PlainText.ONE_LINE);
    }

    @Test
    void anAddressKeepsItsLinesButNotAnEscapeSequence() {
        assertThat(mapper.map(List.of("Budi", "Jl. Mawar\nRT 01", "Lebak")).problems()).isEmpty();
        assertThat(mapper.map(List.of("Budi", "Jl. Mawar\u001b[2J", "Lebak")).problems())
                .extracting(FieldProblem::messageKey).containsExactly(PlainText.CONTROL_CHARACTERS);
    }
}
