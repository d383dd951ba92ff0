package dev.rebound.api.admin.query;

import java.util.List;

public record ReadModelList(List<ReadModelStatus> items) {

    public ReadModelList {
        items = List.copyOf(items);
    }
}
