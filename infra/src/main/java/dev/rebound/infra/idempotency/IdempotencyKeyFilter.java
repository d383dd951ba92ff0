package dev.rebound.infra.idempotency;

import dev.rebound.infra.idempotency.IdempotencyStore.Answer;
import dev.rebound.infra.idempotency.IdempotencyStore.Claim;
import dev.rebound.infra.idempotency.IdempotencyStore.Recorded;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key: <uuid>} on a POST (README, "Quick start"): the first request with a key runs and its
 * answer is kept; a repeat with the same key and the same request gets that answer again (with
 * {@code Idempotent-Replayed: true}) and runs nothing; the same key with another request is a 409. Keys belong
 * to the caller that sent them.
 *
 * <p>Runs after Spring Security, so the caller is known ({@link HttpServletRequest#getUserPrincipal()}) and a
 * request without a valid token never reaches the store. Answers of 5xx and 429 are not kept: the key is given up
 * so that a retry runs again. The handler must answer synchronously, as every handler of the API does.
 *
 * <p>Secrets in an answer are shown once: a newly issued token is taken out of the answer before it is kept
 * ({@link KeptAnswer}), and a replay says so with {@code Idempotent-Withheld: token}. The ids a request and its answer
 * mention are kept beside it, so that a candidate's erasure finds every kept answer about them.
 *
 * <p>What it cannot promise: the claim and the command's events are not stored in one transaction. If the process
 * dies after the command was stored but before its answer was, a repeat after the claim timeout runs it again.
 */
final class IdempotencyKeyFilter extends OncePerRequestFilter {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** On a replay: the fields of the first answer that are not kept (a token, shown once), comma-separated. */
    static final String WITHHELD_HEADER = "Idempotent-Withheld";

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyFilter.class);
    private static final Pattern UUID_TEXT = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
    /** A claim lost to a key that was given up a moment later is tried again; more than this is a busy key. */
    private static final int CLAIM_ATTEMPTS = 3;
    private static final String RETRY_AFTER_SECONDS = "1";
    private static final String EXAMPLE_KEY = "5f3c1e2a-8b4d-4f6e-9a7b-0c1d2e3f4a5b";
    /** The path as Spring MVC matches it (decoded, without {@code ;} parameters), not as the client spelled it. */
    private static final UrlPathHelper PATHS = new UrlPathHelper();
    /** The body is held in one array. */
    private static final int MAX_BODY_SIZE_LIMIT = Integer.MAX_VALUE - 16;

    private final IdempotencyStore store;
    private final int maxBodySize;

    IdempotencyKeyFilter(IdempotencyStore store, long maxBodySize) {
        if (maxBodySize < 0 || maxBodySize > MAX_BODY_SIZE_LIMIT) {
            throw new IllegalArgumentException("rebound.idempotency.max-body-size must lie between 0 and "
                    + MAX_BODY_SIZE_LIMIT + " bytes, not " + maxBodySize);
        }
        this.store = store;
        this.maxBodySize = (int) maxBodySize;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(KEY_HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Principal caller = request.getUserPrincipal();
        if (caller == null) {
            // Keys are scoped per caller; a request that needs a caller has already been refused by Spring Security.
            chain.doFilter(request, response);
            return;
        }
        UUID key = key(request);
        if (key == null) {
            ProblemResponse.write(response, HttpStatus.BAD_REQUEST, "malformed-request",
                    "The Idempotency-Key header must be one UUID, e.g. " + EXAMPLE_KEY
                            + ", new for every new request.",
                    KEY_HEADER, "must be a UUID");
            return;
        }
        byte[] body = body(request);
        if (body == null) {
            ProblemResponse.write(response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                    "A request with an Idempotency-Key may have a body of at most " + maxBodySize + " bytes.");
            return;
        }
        Claim claim;
        try {
            claim = claimOrAnswerRepeat(caller.getName(), key, fingerprint(request, body), mentions(request, body),
                    response);
        } catch (DataAccessException e) {
            LOG.warn("Idempotency keys cannot be checked: {}", e.getMessage(), e);
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            ProblemResponse.write(response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                    "The Idempotency-Key cannot be checked right now; nothing was stored. Retry shortly.");
            return;
        }
        if (claim != null) {
            run(new CachedBodyRequest(request, body), response, chain, claim);
        }
    }

    /** Null when the key is not free: the repeat has then been answered. */
    private Claim claimOrAnswerRepeat(String scope, UUID key, byte[] fingerprint, Set<UUID> mentions,
                                      HttpServletResponse response) throws IOException {
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            Optional<Claim> claim = store.claim(scope, key, fingerprint, mentions);
            if (claim.isPresent()) {
                return claim.get();
            }
            Optional<Recorded> recorded = store.find(scope, key);
            if (recorded.isPresent()) {
                answerRepeat(recorded.get(), fingerprint, response);
                return null;
            }
            // the key was given up between our claim and our lookup: claim it again
        }
        stillInProgress(response);
        return null;
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Claim claim)
            throws ServletException, IOException {
        AnswerCapture answer = new AnswerCapture(response);
        try {
            chain.doFilter(request, answer);
        } catch (Throwable failure) {
            releaseQuietly(claim);
            throw failure;
        }
        if (request.isAsyncStarted()) {
            releaseQuietly(claim);
            throw new IllegalStateException("An Idempotency-Key cannot be honoured by an asynchronous handler: "
                    + PATHS.getPathWithinApplication(request));
        }
        record(claim, answer);
        answer.copyBodyToResponse();
    }

    private void record(Claim claim, AnswerCapture answer) {
        int status = answer.getStatus();
        boolean transientAnswer = answer.getHeader(HttpHeaders.RETRY_AFTER) != null;
        if (status >= 500 || status == HttpStatus.TOO_MANY_REQUESTS.value() || transientAnswer || answer.bypassed) {
            // A server fault, a rate limit or any answer that says "retry after" (a concurrent change) is worth
            // retrying; an answer the container completes itself (error page, redirect) is not in the buffer and
            // cannot be kept.
            releaseQuietly(claim);
            return;
        }
        try {
            String location = answer.getHeader(HttpHeaders.LOCATION);
            byte[] body = answer.getContentAsByteArray();
            KeptAnswer.Redacted kept = KeptAnswer.redact(answer.getContentType(), body);
            boolean recorded = store.complete(claim, new Answer(status, answer.getContentType(), location,
                    kept.body(), kept.withheld(), KeptAnswer.mentions(location, body)));
            if (!recorded) {
                LOG.warn("A request with Idempotency-Key {} took longer than the claim timeout and was run again "
                        + "meanwhile; repeats get the later run's answer, not this one", claim.key());
            }
        } catch (DataAccessException e) {
            // The caller still gets its answer; a repeat is refused as in progress until the claim times out.
            LOG.warn("The answer to a request with Idempotency-Key {} could not be kept: {}", claim.key(),
                    e.getMessage(), e);
        }
    }

    private static void answerRepeat(Recorded recorded, byte[] fingerprint, HttpServletResponse response)
            throws IOException {
        if (!MessageDigest.isEqual(recorded.fingerprint(), fingerprint)) {
            ProblemResponse.write(response, HttpStatus.CONFLICT, "idempotency-key-reused",
                    "This Idempotency-Key was already used with a different request; send a new key for a new "
                            + "request.");
        } else if (recorded.inProgress()) {
            stillInProgress(response);
        } else {
            replay(recorded.answer(), response);
        }
    }

    private static void stillInProgress(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        ProblemResponse.write(response, HttpStatus.CONFLICT, "idempotency-key-in-use",
                "A request with this Idempotency-Key is still being processed; retry shortly.");
    }

    private static void replay(Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        if (answer.withheld() != null) {
            response.setHeader(WITHHELD_HEADER, answer.withheld());
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private void releaseQuietly(Claim claim) {
        try {
            store.release(claim);
        } catch (DataAccessException e) {
            LOG.warn("Idempotency-Key {} could not be given up; it is free again after the claim timeout: {}",
                    claim.key(), e.getMessage(), e);
        }
    }

    /** The key, or null unless the request has exactly one key that is a UUID. */
    private static UUID key(HttpServletRequest request) {
        List<String> values = Collections.list(request.getHeaders(KEY_HEADER));
        if (values.size() != 1 || !UUID_TEXT.matcher(values.getFirst().strip()).matches()) {
            return null;
        }
        return UUID.fromString(values.getFirst().strip());
    }

    /** The whole body, or null when it is larger than allowed. */
    private byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBodySize) {
            return null;
        }
        byte[] body = request.getInputStream().readNBytes(maxBodySize + 1);
        return body.length > maxBodySize ? null : body;
    }

    /** The ids the request names: in its path (as Spring MVC matches it, decoded), its query and its body. */
    private static Set<UUID> mentions(HttpServletRequest request, byte[] body) {
        return KeptAnswer.mentions(String.join("\n", PATHS.getPathWithinApplication(request),
                String.valueOf(request.getQueryString())), body);
    }

    /**
     * What makes two requests the same: method, path with query, and body. The path is the one the handler is
     * matched on, so that {@code /%61pi/…} and {@code /api/…} are one request, as they are to the handler.
     */
    private static byte[] fingerprint(HttpServletRequest request, byte[] body) {
        String target = PATHS.getPathWithinApplication(request) + (request.getQueryString() == null ? ""
                : "?" + request.getQueryString());
        MessageDigest sha256 = sha256();
        sha256.update((request.getMethod() + "\n" + target + "\n").getBytes(StandardCharsets.UTF_8));
        sha256.update(body);
        return sha256.digest();
    }

    /** Buffers the answer, and notes when the handler leaves it to the container (sendError, sendRedirect). */
    private static final class AnswerCapture extends ContentCachingResponseWrapper {

        private boolean bypassed;

        private AnswerCapture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            bypassed = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            bypassed = true;
            super.sendError(status, message);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            bypassed = true;
            super.sendRedirect(location);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            bypassed = true;
            super.sendRedirect(location, clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int status) throws IOException {
            bypassed = true;
            super.sendRedirect(location, status);
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
            bypassed = true;
            super.sendRedirect(location, status, clearBuffer);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
