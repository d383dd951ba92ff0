package dev.rebound.api.application;

import dev.rebound.api.privacy.PersonalData;

/** Who gave the feedback: their role matters for how credible it is. Both are optional. */
public record FeedbackGiver(@PersonalData String name, @PersonalData String role) {
}
