package dev.rebound.api.application;

/** One statement in received feedback ("interrupted the panel several times"), evaluated on its own later. */
public record FeedbackPoint(FeedbackPointId pointId, String text) {
}
