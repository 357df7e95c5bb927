package id.serambi.support;

/** Accounts the integration tests sign in with; see {@link StaffFixtures}. */
public final class TestUsers {

    public static final String ADMIN = "admin";
    public static final String PASSWORD = "rahasia-uji-123";

    private TestUsers() {
    }
}
