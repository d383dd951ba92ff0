package dev.rebound.api.timeline.query;

import java.util.List;

public record TimelinePage(List<TimelineEntry> items, int page, int size, long total) {

    public TimelinePage {
        items = List.copyOf(items);
    }
}
