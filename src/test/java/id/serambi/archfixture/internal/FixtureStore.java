package id.serambi.archfixture.internal;

import org.springframework.stereotype.Repository;

/** A repository by its annotation only, for ArchitectureRulesTest. */
@Repository
public class FixtureStore {

    public int count() {
        return 0;
    }
}
