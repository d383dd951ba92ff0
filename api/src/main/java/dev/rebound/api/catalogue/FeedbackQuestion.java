package dev.rebound.api.catalogue;

/**
 * A question a candidate may put to an employer when asking for feedback.
 *
 * @param key          stable key used in requests, e.g. {@code weak-areas}
 * @param text         the question as it is sent
 * @param constructive {@code false} for the phrasings career advice warns against, kept in the catalogue so that
 *                     they can be recognised and explained
 * @param advice       why the question works, or what to ask instead
 */
public record FeedbackQuestion(String key, String text, boolean constructive, String advice) {
}
