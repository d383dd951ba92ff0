package dev.rebound.api.admin.query;

/** Where a read model stands with respect to replays. */
public enum ReplayState {
    /** Following the event stream; not replayed since this node started. */
    LIVE,
    /** A replay was asked for: the read model is being stopped and emptied. */
    STARTING,
    /** Handling the stored events again. */
    REPLAYING,
    /** The replay reached the position the event store had when it started; the read model is live again. */
    DONE,
    /** The replay could not start; {@code error} says why. */
    FAILED
}
