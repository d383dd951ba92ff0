package dev.rebound.api.application;

/** Who gave the feedback: their role matters for how credible it is. Both are optional. */
public record FeedbackGiver(String name, String role) {
}
