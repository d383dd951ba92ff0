package dev.rebound.api.common;

/** The kinds of language career advice warns against in messages to an employer. */
public enum ToneIssue {
    /** Puts the fault on the employer or the interviewer ("that was unfair", "you should have"). */
    BLAMING,
    /** Attacks or threatens ("ridiculous", "I will report you"). */
    HOSTILE,
    /** Argues the decision instead of learning from it ("I clearly had the skills"). */
    DEFENSIVE,
    /** Calls a person or the company names ("incompetent", "clueless"). */
    INSULT,
    /** Words or whole sentences in capitals read as shouting. */
    SHOUTING,
    /** Asks the employer to justify the decision ("Why didn't I get the job?") rather than how to improve. */
    DEMANDING_JUSTIFICATION
}
