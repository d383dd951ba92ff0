package dev.rebound.api.contactaudit.query;

/** Which event an audited contact comes from. */
public enum ContactKind {
    /** A {@code FeedbackRequested}: the candidate asked the employer for feedback. */
    FEEDBACK_REQUEST,
    /** An {@code EmployerContacted}: a logged contact (thank-you, follow-up, keep-in-touch …), either direction. */
    EMPLOYER_CONTACT
}
