package dev.rebound.api.progress.query;

import java.util.List;

/** One entry per month in which anything happened, newest month first. */
public record Progress(List<MonthlyProgress> items) {

    public Progress {
        items = List.copyOf(items);
    }
}
