package dev.rebound.api.common;

/** How a message reached the candidate or the employer. */
public enum Channel {
    PHONE, EMAIL, PORTAL, IN_PERSON, NONE
}
