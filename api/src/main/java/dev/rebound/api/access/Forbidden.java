package dev.rebound.api.access;

import java.io.Serial;

/**
 * The sender sees what the message is about but may not do this with it (a coach writing a candidate's data, an admin
 * consenting for the candidate); the web answers 403. Anything the sender does not see is a
 * {@link dev.rebound.api.common.NotFound} instead, so that no refusal confirms that an id exists.
 */
public class Forbidden extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public Forbidden(String reason) {
        super(reason);
    }
}
