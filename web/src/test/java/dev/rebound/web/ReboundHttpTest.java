package dev.rebound.web;

import dev.rebound.testsupport.PostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port and a real PostgreSQL, <em>shared</em>: every test class annotated with
 * this (and nothing else that changes the Spring context: no other properties, {@code @DynamicPropertySource},
 * {@code @MockitoBean}, {@code @Import}, nested {@code @TestConfiguration}) runs against one cached application and
 * its one database; never {@code @DirtiesContext}, which would close it for the classes after. Starting the
 * application is the slow part of a test class, so this is the default for every HTTP and browser test; README.md,
 * "Tests", says when a class may have a context of its own.
 *
 * <p>The database is therefore never empty: a test works on ids of its own (new candidates, new organizations, new
 * members and tokens) and asserts on its own data only, e.g. a timeline of its own candidate, the analytics of an
 * organization it created. Figures over the whole default organization (where the platform admin acts) or the whole
 * database are no one's in particular.
 *
 * <p>What the shared application is: the platform admin's token is {@link #TOKEN}; the default organization
 * ({@link #DEFAULT_ORGANIZATION}) exists, as in every application, so members can be added to it; reminders stay
 * pending (polling every hour) so what a test records is what it reads; the rate limits are out of reach (every class
 * calls as the same platform admin, and signs in from the same address; {@code RateLimitHttpTest} tests the limits in
 * a context of its own), and so is the number of live streams per caller ({@code LiveStreamLimitsHttpTest}); a
 * token's last use is written within 200 ms rather than 5 s, so a test waits briefly for it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rebound.bootstrap-token=" + ReboundHttpTest.TOKEN,
                "rebound.deadlines.polling-interval=1h",
                "rebound.api.rate-limit.capacity=1000000", "rebound.api.rate-limit.refill-per-minute=1000000",
                "rebound.ui.sign-in-rate-limit.capacity=1000000",
                "rebound.ui.sign-in-rate-limit.refill-per-minute=1000000",
                "rebound.live.max-streams-per-caller=1000",
                "rebound.tokens.last-used-flush-interval=200ms"})
@PostgresDatabase
public @interface ReboundHttpTest {

    /** The platform admin's bearer token in the shared application. */
    String TOKEN = "test-platform-admin-token";

    /** The platform admin's organization ({@code rebound.default-organization-id}'s default). */
    String DEFAULT_ORGANIZATION = "00000000-0000-0000-0000-000000000001";
}
