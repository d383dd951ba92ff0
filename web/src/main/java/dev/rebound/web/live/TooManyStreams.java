package dev.rebound.web.live;

import dev.rebound.web.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import java.io.Serial;

/** A caller asked for one live stream more than {@code rebound.live.max-streams-per-caller}: a 429 problem. */
class TooManyStreams extends ErrorResponseException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A slot frees when one of the caller's streams ends, which nobody can foretell: ask again after a while. */
    static final long RETRY_AFTER_SECONDS = 5;

    TooManyStreams(int max) {
        super(HttpStatus.TOO_MANY_REQUESTS, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-streams",
                "You have " + max + " live streams open, as many as one caller may; close one (or wait until one "
                        + "ends) and retry."), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
    }
}
