package dev.rebound.api.common;

import java.io.Serial;

/** What was asked for does not exist (or is not visible to the caller); the web answers 404. */
public class NotFound extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}
