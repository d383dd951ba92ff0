package dev.rebound.api.weaknesstrends.query;

import java.util.List;

/** A candidate's weaknesses, by weighted score (heaviest first), then key. */
public record WeaknessTrends(List<WeaknessTrend> items) {

    public WeaknessTrends {
        items = List.copyOf(items);
    }
}
