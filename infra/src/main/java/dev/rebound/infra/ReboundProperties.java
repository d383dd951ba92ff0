package dev.rebound.infra;

import dev.rebound.domain.application.FeedbackCycleSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings under {@code rebound.*}.
 *
 * @param dataDir          where the embedded default keeps its data (env {@code REBOUND_DATA_DIR})
 * @param embeddedPostgres the embedded PostgreSQL of the default runtime
 * @param eventProcessing  how projections consume the event stream
 * @param feedbackCycle    the tunable periods of the feedback cycle
 * @param deadlines        how the persistent deadline scheduler polls
 * @param idempotency      how POSTs sent with an {@code Idempotency-Key} are remembered
 * @param personalData     how personal data is encrypted and its keys cached
 * @param tokens           how personal access tokens are checked and their use recorded
 */
@ConfigurationProperties("rebound")
public record ReboundProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue EmbeddedPostgres embeddedPostgres,
        @DefaultValue EventProcessing eventProcessing,
        @DefaultValue FeedbackCycle feedbackCycle,
        @DefaultValue Deadlines deadlines,
        @DefaultValue Idempotency idempotency,
        @DefaultValue PersonalData personalData,
        @DefaultValue Tokens tokens) {

    /**
     * @param cacheTtl               how long a node remembers a valid token it has checked (by its hash), so that
     *                               requests read nothing; 0 checks every request against the database. A
     *                               revocation reaches every node's cache at once (PostgreSQL {@code LISTEN/NOTIFY};
     *                               this long at most if the notice is lost)
     * @param lastUsedFlushInterval  how often a node writes the times its tokens were used, in one batch; a token's
     *                               "last used" lags by this much at most
     */
    public record Tokens(
            @DefaultValue("10s") Duration cacheTtl,
            @DefaultValue("5s") Duration lastUsedFlushInterval) {
    }

    /**
     * @param masterKey    base64 of a 256-bit key that wraps every subject's data key (env
     *                     {@code REBOUND_PERSONAL_DATA_MASTER_KEY}); without it, data keys are stored unwrapped in
     *                     their own table. Keep it outside the database: a dump then reveals no personal data.
     * @param keyCacheTtl  how long a node keeps a data key it has read, for reading. An erasure on another node
     *                     reaches every node's cache at once (PostgreSQL {@code LISTEN/NOTIFY}; this long at most if
     *                     the notice is lost), and a key for new data is always checked against its row in the
     *                     writing transaction, never taken from the cache
     */
    public record PersonalData(String masterKey, @DefaultValue("1m") Duration keyCacheTtl) {
    }

    /**
     * @param port    0 picks a free port at every start
     * @param durable fsync and synchronous commit; switch off only for throwaway data
     */
    public record EmbeddedPostgres(@DefaultValue("0") int port, @DefaultValue("true") boolean durable) {
    }

    /**
     * @param batchSize    events per transaction of a projection (a larger batch replays faster)
     * @param segments     how many segments a new processor's stream is split into (the unit of parallelism and
     *                     of sharing work between nodes)
     * @param gapTimeout   how long a gap in the global index is waited for before it counts as a rolled-back
     *                     insert. It must stay well above the longest transaction the database allows (see
     *                     {@code statement_timeout} and {@code idle_in_transaction_session_timeout}): a transaction
     *                     that outlives it would make its event invisible to every projection for good.
     * @param claimTimeout after how long without an update another node may take a segment over
     * @param fetchDelay   how often the event store reads new events when nothing told it of any. Events committed
     *                     on this node, or announced by another node (PostgreSQL {@code NOTIFY}), are read and handed
     *                     to the processors at once; this bounds only the delay of a lost announcement
     */
    public record EventProcessing(
            @DefaultValue("100") int batchSize,
            @DefaultValue("2") int segments,
            @DefaultValue("10m") Duration gapTimeout,
            @DefaultValue("10s") Duration claimTimeout,
            @DefaultValue("1s") Duration fetchDelay) {
    }

    /**
     * The tunable periods of the feedback cycle; when unset, the domain's defaults of {@link FeedbackCycleSettings}
     * apply (kept there only). A changed period applies to rejections, requests and feedback recorded afterwards:
     * what is recorded keeps the due times its events carry.
     *
     * @param responseTimeout how long a feedback request waits for an answer before it counts as timed out
     * @param coolingOff      how long received feedback rests before its evaluation is due; an evaluation within
     *                        it must be marked early
     */
    public record FeedbackCycle(Duration responseTimeout, Duration coolingOff) {

        public FeedbackCycle {
            responseTimeout = responseTimeout == null ? FeedbackCycleSettings.DEFAULT_RESPONSE_TIMEOUT
                    : responseTimeout;
            coolingOff = coolingOff == null ? FeedbackCycleSettings.DEFAULT_COOLING_OFF : coolingOff;
        }
    }

    /**
     * @param pollingInterval   how often each node looks for due deadlines (a deadline fires at most this late)
     * @param heartbeatInterval how often a node running a deadline says it is alive; a node silent for four
     *                          heartbeats is taken as dead and its deadline runs elsewhere
     * @param threads           deadlines handled at the same time per node
     */
    public record Deadlines(
            @DefaultValue("10s") Duration pollingInterval,
            @DefaultValue("5m") Duration heartbeatInterval,
            @DefaultValue("2") int threads) {
    }

    /**
     * @param retention    how long the answer to a POST is kept for repeats with the same key; afterwards the key
     *                     may be used again
     * @param claimTimeout after how long a request that never finished (its process died) stops blocking its key,
     *                     so that a repeat runs it again; keep it above the longest a request may take
     * @param maxBodySize  the largest request body a POST with a key may have; the body is held in memory to
     *                     compare repeats (larger bodies are refused with 413)
     * @param purgeInterval how often each node deletes expired answers: an answer rests at most the retention plus
     *                     this long
     */
    public record Idempotency(
            @DefaultValue("24h") Duration retention,
            @DefaultValue("2m") Duration claimTimeout,
            @DefaultValue("1MB") DataSize maxBodySize,
            @DefaultValue("5m") Duration purgeInterval) {
    }
}
