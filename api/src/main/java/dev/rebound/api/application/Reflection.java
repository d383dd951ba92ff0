package dev.rebound.api.application;

/**
 * The candidate's self-reflection right after an interview: a short checklist and notes, so that later feedback can
 * be compared with how the interview felt. Every item is optional.
 */
public record Reflection(
        Boolean preparedBehavioralAnswers,
        Boolean askedThoughtfulQuestions,
        Boolean dressedForCulture,
        String notes) {
}
