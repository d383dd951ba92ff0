package dev.rebound.web.limits;

import java.io.IOException;
import java.io.Serial;

/** A request body grew past {@code rebound.api.max-body-size} while it was read; answered 413. */
public class BodyTooLarge extends IOException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long limit;

    BodyTooLarge(long limit) {
        super("The request body may have at most " + limit + " bytes.");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** This failure, if it is one or was caused by one (a JSON reader wraps it, for instance). */
    public static BodyTooLarge in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BodyTooLarge tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
