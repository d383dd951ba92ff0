package dev.rebound.api.application;

import dev.rebound.api.privacy.PersonalData;

/**
 * One question in a feedback request: a question from the catalogue ({@code key} set) or the candidate's own words
 * ({@code key} null). In events the {@code text} is always filled in, so the request reads as it was sent.
 */
public record RequestedQuestion(String key, @PersonalData String text) {

    public static RequestedQuestion fromCatalogue(String key) {
        return new RequestedQuestion(key, null);
    }

    public static RequestedQuestion ownWords(String text) {
        return new RequestedQuestion(null, text);
    }
}
