package dev.rebound.web.live;

import dev.rebound.api.access.Caller;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.organization.CandidateAccess;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.query.FindCandidateAccess;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether the caller of an open live stream may still see the candidate it shows, asked again and again while the
 * stream is open ({@link LiveUpdates}): a coach sees a candidate only while assigned and granted access
 * ({@link CandidateAccess#visibleToCoach}, the same query the access policy asks when the stream is opened), so a
 * revoked consent ends the coach's streams. Every other role's access to a candidate does not change while a stream is
 * open. A check that cannot be answered counts as "no": the stream ends and its client, reconnecting, meets the access
 * policy again.
 *
 * <p>This is the one method to point at the message-level access policy once there is one.
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
        if (caller.role() != Role.COACH) {
            return true;
        }
        try {
            return queries.query(new FindCandidateAccess(caller.organizationId(), candidate),
                            ResponseTypes.optionalInstanceOf(CandidateAccess.class))
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .filter(access -> access.visibleToCoach(caller.memberId()))
                    .isPresent();
        } catch (ExecutionException | TimeoutException | RuntimeException failed) {
            LOG.warn("A coach's live stream ends: their access could not be checked ({})", failed.toString());
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
