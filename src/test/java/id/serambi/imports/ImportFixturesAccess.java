package id.serambi.imports;

import tools.jackson.databind.JsonNode;

import id.serambi.support.Api;

/** {@link ImportFixtures} for the tests of the module's internal packages. */
public final class ImportFixturesAccess {

    private ImportFixturesAccess() {
    }

    public static JsonNode waitFor(Api api, String location) {
        return ImportFixtures.waitFor(api, location);
    }
}
