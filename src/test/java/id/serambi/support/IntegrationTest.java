package id.serambi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole application on a real (embedded, throw-away) PostgreSQL and a real HTTP port. All such
 * tests share one application context, so the database starts once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "serambi.db.ephemeral=true",
        "serambi.admin.username=" + TestUsers.ADMIN,
        "serambi.admin.password=" + TestUsers.PASSWORD,
        "serambi.rate-limit.public-per-minute=1000000",
        "serambi.rate-limit.login-per-minute=1000000",
        "serambi.events.retry-interval=PT2S" })
@Import(TestDataDirectory.class)
public @interface IntegrationTest {
}
