package dev.rebound.api.todo.query;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.EmployerId;

import java.time.Instant;

/** One thing to do about one application, due at {@code dueAt}; it stays on the list, overdue, until it is done. */
public record TodoItem(
        TodoType type,
        Instant dueAt,
        ApplicationId applicationId,
        EmployerId employerId,
        String employerName,
        String summary) {
}
