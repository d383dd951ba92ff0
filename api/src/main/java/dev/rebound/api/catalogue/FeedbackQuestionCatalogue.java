package dev.rebound.api.catalogue;

import java.util.List;
import java.util.Optional;

/** The catalogue of feedback questions: constructive ones to choose from, and the styles to avoid, flagged. */
public final class FeedbackQuestionCatalogue {

    private static final List<FeedbackQuestion> QUESTIONS = List.of(
            new FeedbackQuestion("weak-areas", "What were my weak areas in the interview process?", true,
                    "Asks for specifics you can work on, without asking them to defend the decision."),
            new FeedbackQuestion("improve", "How could I improve my application or my interviews?", true,
                    "Looks forward: an answer to it is advice, not a justification."),
            new FeedbackQuestion("interview-advice", "Do you have any advice about my interviewing?", true,
                    "Easy to answer even for an employer wary of legal risk."),
            new FeedbackQuestion("skills-to-develop",
                    "Which skills or experience would make me a stronger candidate for a role like this?", true,
                    "Turns the answer into a development plan."),
            new FeedbackQuestion("keep-doing", "What did I do well that I should keep doing?", true,
                    "Strengths are feedback too, and the question keeps the exchange friendly."),
            new FeedbackQuestion("future-openings", "Would you keep me in mind for future openings that fit my profile?",
                    true, "Keeps the door open; ask it last."),
            new FeedbackQuestion("why-not-hired", "Why didn't I get the job?", false,
                    "Reads as asking them to justify the decision; ask what your weak areas were instead."),
            new FeedbackQuestion("reconsider", "Could you reconsider your decision?", false,
                    "Pushes back on a decision already made; ask to be kept in mind for future openings instead."));

    private FeedbackQuestionCatalogue() {
    }

    public static List<FeedbackQuestion> questions() {
        return QUESTIONS;
    }

    public static Optional<FeedbackQuestion> find(String key) {
        return QUESTIONS.stream().filter(question -> question.key().equals(key)).findFirst();
    }
}
