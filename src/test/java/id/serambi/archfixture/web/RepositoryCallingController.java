package id.serambi.archfixture.web;

import javax.sql.DataSource;

import id.serambi.archfixture.internal.FixtureRepository;
import id.serambi.archfixture.internal.FixtureStore;

/** Reaches the database past the services on purpose (no JDBC import), so that ArchitectureRulesTest sees it caught. */
public class RepositoryCallingController {

    private final FixtureRepository repository;
    private final FixtureStore store;
    private final DataSource dataSource;

    public RepositoryCallingController(FixtureRepository repository, FixtureStore store, DataSource dataSource) {
        this.repository = repository;
        this.store = store;
        this.dataSource = dataSource;
    }

    public String summary() {
        FixtureRepository.Row first = repository.rows().getFirst();
        return first.id() + "/" + store.count() + "/" + (dataSource != null);
    }
}
