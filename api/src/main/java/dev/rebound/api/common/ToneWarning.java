package dev.rebound.api.common;

import dev.rebound.api.privacy.PersonalData;

/**
 * A phrase in an outbound text that may hurt the relationship with an employer. Warnings never block a message;
 * they are recorded with it so the candidate (and a coach) can learn from them.
 *
 * @param issue  what kind of tone the phrase carries
 * @param phrase the offending words exactly as they appear in the text
 * @param advice what to write instead, in words a person can act on
 */
public record ToneWarning(ToneIssue issue, @PersonalData String phrase, String advice) {
}
