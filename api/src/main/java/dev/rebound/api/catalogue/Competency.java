package dev.rebound.api.catalogue;

/** The eight NACE career-readiness competencies, the first level of the weakness taxonomy. */
public enum Competency {
    CAREER_DEVELOPMENT("career-development", "Career & Self-Development"),
    COMMUNICATION("communication", "Communication"),
    CRITICAL_THINKING("critical-thinking", "Critical Thinking"),
    EQUITY_INCLUSION("equity-inclusion", "Equity & Inclusion"),
    LEADERSHIP("leadership", "Leadership"),
    PROFESSIONALISM("professionalism", "Professionalism"),
    TEAMWORK("teamwork", "Teamwork"),
    TECHNOLOGY("technology", "Technology");

    private final String key;
    private final String label;

    Competency(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The prefix of every weakness key under this competency, e.g. {@code communication}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
