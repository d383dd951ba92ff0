package dev.rebound.api.todo.query;

import java.util.List;

/** A candidate's open to-do items, the most urgent (earliest due) first. */
public record TodoList(List<TodoItem> items) {

    public TodoList {
        items = List.copyOf(items);
    }
}
