package dev.rebound.api.improvement;

/** Ways to work on a weakness. */
public enum PracticeType {
    MOCK_INTERVIEW, RECORDED_REVIEW, COURSE, COACH_SESSION, READING
}
