package dev.rebound.api.access;

import java.io.Serial;

/** A read of a candidate's data could not be recorded in the access audit, so it is not served. */
public class AccessNotRecorded extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public AccessNotRecorded(Throwable cause) {
        super("This read could not be recorded in the access audit, so nothing was served; try again shortly.",
                cause);
    }
}
