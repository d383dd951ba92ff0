package dev.rebound.api.employer;

/** Why the contact was made. */
public enum ContactPurpose {
    THANK_YOU, FEEDBACK_FOLLOW_UP, KEEP_IN_TOUCH, REAPPLICATION, OTHER
}
