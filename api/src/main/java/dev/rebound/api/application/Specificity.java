package dev.rebound.api.application;

/** Whether feedback names concrete behaviour or stays vague ("not the right fit"). */
public enum Specificity {
    SPECIFIC, VAGUE
}
