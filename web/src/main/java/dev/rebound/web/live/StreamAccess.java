package dev.rebound.web.live;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Caller;
import dev.rebound.api.access.query.CheckAccess;
import dev.rebound.api.common.CandidateId;
import dev.rebound.web.security.AsSender;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether the caller of an open live stream may still read the candidate it shows, asked again and again while the
 * stream is open ({@link LiveUpdates}): the access policy is asked with {@link CheckAccess} in the caller's name, as
 * when the stream was opened, so a coach whose candidate revoked consent loses the stream within one check. A check
 * that cannot be answered counts as "no": the stream ends and its client, reconnecting, meets the policy again.
 */
@Component
public class StreamAccess {

    private static final Logger LOG = LoggerFactory.getLogger(StreamAccess.class);
    private static final long TIMEOUT_SECONDS = 5;

    private final QueryGateway queries;

    StreamAccess(QueryGateway queries) {
        this.queries = queries;
    }

    boolean stillVisible(Caller caller, CandidateId candidate) {
        CheckAccess check = new CheckAccess(new AccessRule.CandidateData(caller.organizationId(), candidate,
                AccessRule.Use.READ));
        try {
            return Boolean.TRUE.equals(queries.query(AsSender.query(check, caller), ResponseTypes.instanceOf(Boolean.class))
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (ExecutionException refusedOrFailed) {
            LOG.debug("A live stream ends: its caller may no longer read the candidate ({})",
                    refusedOrFailed.getCause().toString());
            return false;
        } catch (TimeoutException | RuntimeException failed) {
            LOG.warn("A live stream ends: its caller's access could not be checked ({})", failed.toString());
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
