package dev.rebound.api.application;

import dev.rebound.api.privacy.PersonalData;

/**
 * The candidate's self-reflection right after an interview: a short checklist and notes, so that later feedback can
 * be compared with how the interview felt. Every item is optional.
 */
public record Reflection(
        Boolean preparedBehavioralAnswers,
        Boolean askedThoughtfulQuestions,
        Boolean dressedForCulture,
        @PersonalData String notes) {
}
