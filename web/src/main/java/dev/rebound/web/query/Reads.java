package dev.rebound.web.query;

import dev.rebound.api.access.Sender;
import dev.rebound.web.security.AsSender;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the read models through Axon's query gateway and waits, bounded, for the answer. A query handler's own
 * failure (not found, a broken rule) reaches the caller unwrapped, so it is answered like any other; a read model
 * that does not answer in time is a {@link ReadModelUnavailable}.
 */
@Component
public class Reads {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final QueryGateway queries;

    public Reads(QueryGateway queries) {
        this.queries = queries;
    }

    public <R> R answer(Object query, Class<R> answerType) {
        return await(query, queries.query(query, answerType));
    }

    /** An answer that may be absent (the query handler answers null for "none"). */
    public <R> Optional<R> find(Object query, Class<R> answerType) {
        return await(query, queries.query(query, ResponseTypes.optionalInstanceOf(answerType)));
    }

    /**
     * An answer that may be absent, asked in the name of an explicit sender: a system actor (the token checks) or a
     * person outside their request (a live stream checking again). Inside a request the signed-in person is the
     * sender by itself.
     */
    public <R> Optional<R> findAs(Sender sender, Object query, Class<R> answerType) {
        return await(query, queries.query(AsSender.query(query, sender), ResponseTypes.optionalInstanceOf(answerType)));
    }

    /** The current answer and every later update, for live views. */
    public <Q, I, U> SubscriptionQueryResult<I, U> subscribe(Q query, Class<I> answerType, Class<U> updateType) {
        return queries.subscriptionQuery(query, ResponseTypes.instanceOf(answerType),
                ResponseTypes.instanceOf(updateType));
    }

    private static <R> R await(Object query, CompletableFuture<R> answer) {
        try {
            return answer.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("The query " + query.getClass().getSimpleName() + " failed",
                    failed.getCause());
        } catch (TimeoutException slow) {
            throw new ReadModelUnavailable("The read model did not answer within " + TIMEOUT.toSeconds()
                    + " s; try again shortly.");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ReadModelUnavailable("The server is shutting down; try again shortly.");
        }
    }
}
