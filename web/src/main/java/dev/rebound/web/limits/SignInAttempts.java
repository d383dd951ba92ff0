package dev.rebound.web.limits;

import dev.rebound.web.WebProperties;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * Sign-in attempts per client address ({@code rebound.ui.sign-in-rate-limit.*}, 10 at once and 10 a minute by
 * default): a token is guessed, if anywhere, at the sign-in, so guessing must be slow there. The address is the
 * request's remote address, which a trusted proxy in front may set with {@code X-Forwarded-For}
 * ({@code server.forward-headers-strategy}); anyone else's forwarded headers are ignored, so a client cannot pick a
 * fresh address for each attempt.
 */
@Component
public class SignInAttempts {

    private final boolean enabled;
    private final CallerBuckets buckets;

    SignInAttempts(WebProperties properties) {
        WebProperties.SignInRateLimit limit = properties.ui().signInRateLimit();
        this.enabled = limit.enabled();
        this.buckets = new CallerBuckets(limit.asRateLimit(), TimeMeter.SYSTEM_NANOTIME);
    }

    /** Counts an attempt from the request's address: empty when it may go on, else the seconds to wait. */
    public OptionalLong take(HttpServletRequest request) {
        if (!enabled) {
            return OptionalLong.empty();
        }
        ConsumptionProbe probe = buckets.take(request.getRemoteAddr());
        return probe.isConsumed() ? OptionalLong.empty()
                : OptionalLong.of(RateLimitFilter.seconds(probe.getNanosToWaitForRefill()));
    }
}
