package dev.rebound.api.application;

import dev.rebound.api.privacy.PersonalData;

/** One statement in received feedback ("interrupted the panel several times"), evaluated on its own later. */
public record FeedbackPoint(FeedbackPointId pointId, @PersonalData String text) {
}
