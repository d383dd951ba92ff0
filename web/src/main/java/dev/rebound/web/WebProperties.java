package dev.rebound.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * The web module's view of {@code rebound.*}.
 *
 * @param dataDir                where the bootstrap token file lives (env {@code REBOUND_DATA_DIR})
 * @param bootstrapToken         the platform-admin token (env {@code REBOUND_BOOTSTRAP_TOKEN}); generated when unset
 * @param defaultOrganizationId  the organization the platform admin acts in until organizations can be created
 * @param api                    limits of the REST API
 * @param analytics              what the organization analytics may describe
 * @param ui                     limits of the server-rendered UI
 * @param live                   limits of the live streams (server-sent events) of the API and the UI
 */
@ConfigurationProperties("rebound")
public record WebProperties(
        @DefaultValue("./data") Path dataDir,
        String bootstrapToken,
        @DefaultValue("00000000-0000-0000-0000-000000000001") UUID defaultOrganizationId,
        @DefaultValue Api api,
        @DefaultValue Analytics analytics,
        @DefaultValue Ui ui,
        @DefaultValue Live live) {

    /**
     * @param minimumCohort the fewest candidates an organization figure may describe (env
     *                      {@code REBOUND_ANALYTICS_MINIMUM_COHORT}); a smaller group's figures are withheld, so that
     *                      no one can be singled out (see {@code OrganizationAnalytics} for which group each figure
     *                      describes). At least 1; the application does not start otherwise.
     */
    public record Analytics(@DefaultValue("5") int minimumCohort) {

        public Analytics {
            if (minimumCohort < 1) {
                throw new IllegalArgumentException("rebound.analytics.minimum-cohort must be at least 1, was "
                        + minimumCohort);
            }
        }
    }

    /**
     * @param maxBodySize the largest request body under {@code /api/} (env {@code REBOUND_API_MAX_BODY_SIZE}); larger
     *                    ones are answered 413
     * @param rateLimit   how many calls each caller may make under {@code /api/}
     */
    public record Api(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue RateLimit rateLimit) {
    }

    /**
     * A token bucket per caller: full at first, one call takes one token, tokens come back evenly over each minute.
     *
     * @param enabled         whether calls are limited at all (env {@code REBOUND_API_RATE_LIMIT_ENABLED})
     * @param capacity        the most calls in a burst (env {@code REBOUND_API_RATE_LIMIT_CAPACITY})
     * @param refillPerMinute the calls per minute a caller may keep up (env
     *                        {@code REBOUND_API_RATE_LIMIT_REFILL_PER_MINUTE})
     */
    public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("300") long capacity,
                            @DefaultValue("300") long refillPerMinute) {

        public RateLimit {
            if (capacity < 1 || refillPerMinute < 1) {
                throw new IllegalArgumentException("rebound.api.rate-limit.capacity and refill-per-minute must be "
                        + "at least 1 (turn the limit off with rebound.api.rate-limit.enabled=false)");
            }
        }
    }

    /**
     * @param signInRateLimit how many sign-in attempts ({@code POST /sign-in}) each client address may make; the
     *                        UI's signed-in requests share their member's allowance under {@code /api/}
     *                        ({@link RateLimit})
     */
    public record Ui(@DefaultValue SignInRateLimit signInRateLimit) {
    }

    /**
     * A token bucket per client address (as the trusted proxy in front says, see {@code server.forward-headers-strategy})
     * for the sign-in, where a token is guessed if anywhere: small, so that guessing is slow.
     *
     * @param enabled         whether sign-ins are limited at all (env {@code REBOUND_UI_SIGN_IN_RATE_LIMIT_ENABLED})
     * @param capacity        the most attempts in a burst (env {@code REBOUND_UI_SIGN_IN_RATE_LIMIT_CAPACITY})
     * @param refillPerMinute the attempts per minute an address may keep up (env
     *                        {@code REBOUND_UI_SIGN_IN_RATE_LIMIT_REFILL_PER_MINUTE})
     */
    public record SignInRateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("10") long capacity,
                                  @DefaultValue("10") long refillPerMinute) {

        public SignInRateLimit {
            if (capacity < 1 || refillPerMinute < 1) {
                throw new IllegalArgumentException("rebound.ui.sign-in-rate-limit.capacity and refill-per-minute "
                        + "must be at least 1 (turn the limit off with rebound.ui.sign-in-rate-limit.enabled=false)");
            }
        }

        /** The same bucket as a {@link RateLimit}. */
        public RateLimit asRateLimit() {
            return new RateLimit(enabled, capacity, refillPerMinute);
        }
    }

    /**
     * @param maxStreamsPerCaller how many live streams one caller may have open at once (env
     *                            {@code REBOUND_LIVE_MAX_STREAMS_PER_CALLER}); the next is answered 429
     * @param checkInterval       how often every open stream is checked: whether its caller may still see what it
     *                            shows (a coach whose access was revoked), and whether its client is still there (a
     *                            comment line is sent) (env {@code REBOUND_LIVE_CHECK_INTERVAL})
     */
    public record Live(@DefaultValue("5") int maxStreamsPerCaller, @DefaultValue("2s") Duration checkInterval) {

        public Live {
            if (maxStreamsPerCaller < 1 || checkInterval.isNegative() || checkInterval.isZero()) {
                throw new IllegalArgumentException("rebound.live.max-streams-per-caller must be at least 1 and "
                        + "rebound.live.check-interval positive");
            }
        }
    }
}
