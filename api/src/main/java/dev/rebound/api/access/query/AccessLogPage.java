package dev.rebound.api.access.query;

import java.util.List;

/** A page of the access log, newest first; {@code total} counts every matching read. */
public record AccessLogPage(List<AccessLogEntry> items, int page, int size, long total) {

    public AccessLogPage {
        items = List.copyOf(items);
    }
}
