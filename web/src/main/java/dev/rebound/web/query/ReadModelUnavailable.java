package dev.rebound.web.query;

import java.io.Serial;

/** A read model could not answer now; the web answers 503 with {@code Retry-After}. */
public class ReadModelUnavailable extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ReadModelUnavailable(String message) {
        super(message);
    }
}
