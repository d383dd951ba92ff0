package dev.rebound.api.common;

/**
 * How far an application got. The order is {@code SCREENING < TECHNICAL < ONSITE < PANEL < FINAL};
 * {@code OTHER} ranks lowest.
 */
public enum Stage {
    OTHER(0), SCREENING(1), TECHNICAL(2), ONSITE(3), PANEL(4), FINAL(5);

    private final int rank;

    Stage(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** The further of two stages; {@code null} counts as not reached. */
    public static Stage furthest(Stage a, Stage b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.rank > a.rank ? b : a;
    }
}
