package dev.rebound.infra.access;

import dev.rebound.api.organization.TokenHolder;
import dev.rebound.infra.postgres.DatabaseNotices;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * This node's short-lived memory of valid tokens, keyed by the token's SHA-256 hash (never the token itself), so that
 * a request with a token it has just seen reads nothing. Only valid tokens are kept: an unknown or revoked token is
 * looked up every time.
 *
 * <p>Revocation takes effect at once: the node that revokes forgets the token when the revoking transaction commits,
 * and every other node when the notice {@code NOTIFY rebound_token_revoked, '<token id>'} sent in that transaction
 * reaches it ({@link DatabaseNotices}); when notices may have been missed, everything is forgotten. The time to live
 * ({@code rebound.tokens.cache-ttl}) is the last resort. A look-up that began before a revocation became known here
 * never enters the cache (the revocation count must not have moved while the row was read), so a token read as valid
 * just before its revocation committed is not remembered after it.
 */
public final class VerifiedTokens implements DatabaseNotices.Subscriber {

    /** The channel revocations are announced on; the payload is the token id. */
    public static final String CHANNEL = "rebound_token_revoked";

    private static final int CACHE_SIZE = 10_000;

    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Cached> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    /** Moves on every revocation (or missed notice) this node learns of; guarded by {@link #cache}. */
    private long revocations;

    public VerifiedTokens(Duration ttl) {
        this(ttl, System::nanoTime);
    }

    VerifiedTokens(Duration ttl, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * The holder of the token with this hash: from the cache while it is fresh, otherwise from {@code lookUp} (null
     * when the token is unknown or revoked), remembered when valid.
     */
    TokenHolder holder(byte[] hash, Function<byte[], TokenHolder> lookUp) {
        String key = Base64.getEncoder().encodeToString(hash);
        long seen;
        synchronized (cache) {
            Cached cached = cache.get(key);
            if (cached != null) {
                if (nanoTime.getAsLong() - cached.since() < ttlNanos) {
                    return cached.holder();
                }
                cache.remove(key);
            }
            seen = revocations;
        }
        TokenHolder holder = lookUp.apply(hash);
        if (holder != null && ttlNanos > 0) {
            synchronized (cache) {
                if (revocations == seen) {
                    cache.put(key, new Cached(holder, nanoTime.getAsLong()));
                }
            }
        }
        return holder;
    }

    /**
     * Forgets the token now and again once the current transaction (the revoking one) has committed: a look-up
     * between the two saw the row as it was before and must not stay cached.
     */
    void revoked(UUID tokenId) {
        forget(tokenId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(tokenId);
                }
            });
        }
    }

    private void forget(UUID tokenId) {
        synchronized (cache) {
            revocations++;
            cache.values().removeIf(cached -> cached.holder().tokenId().equals(tokenId));
        }
    }

    /** How many valid tokens this node remembers (for tests and diagnostics). */
    int size() {
        synchronized (cache) {
            return cache.size();
        }
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    /** A malformed payload names no token: {@link DatabaseNotices} then calls {@link #missed()}. */
    @Override
    public void received(String tokenId) {
        forget(UUID.fromString(tokenId));
    }

    @Override
    public void missed() {
        synchronized (cache) {
            revocations++;
            cache.clear();
        }
    }

    private record Cached(TokenHolder holder, long since) {
    }
}
