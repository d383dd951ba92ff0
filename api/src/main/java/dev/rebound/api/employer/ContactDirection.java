package dev.rebound.api.employer;

/** Who reached out: the candidate ({@code OUTBOUND}) or someone at the employer ({@code INBOUND}). */
public enum ContactDirection {
    OUTBOUND, INBOUND
}
