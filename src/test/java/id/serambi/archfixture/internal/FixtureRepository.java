package id.serambi.archfixture.internal;

import java.util.List;

/** A repository by its name only, for ArchitectureRulesTest. */
public class FixtureRepository {

    public record Row(long id) {
    }

    public List<Row> rows() {
        return List.of(new Row(1));
    }
}
