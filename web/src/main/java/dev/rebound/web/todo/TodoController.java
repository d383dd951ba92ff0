package dev.rebound.web.todo;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.todo.query.FindTodo;
import dev.rebound.api.todo.query.TodoList;
import dev.rebound.web.live.LiveUpdates;
import dev.rebound.web.query.Reads;
import dev.rebound.web.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.UUID;

/** A candidate's to-do list: feedback to ask for, feedback to evaluate, follow-ups to send; most urgent first. */
@RestController
class TodoController {

    private final Reads reads;
    private final LiveUpdates live;

    TodoController(Reads reads, LiveUpdates live) {
        this.reads = reads;
        this.live = live;
    }

    @GetMapping("/api/v1/candidates/{candidateId}/todo")
    TodoList todo(@PathVariable UUID candidateId, @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        FindTodo query = new FindTodo(Caller.of(principal).organizationId(), CandidateId.of(candidateId));
        return reads.answer(query, TodoList.class);
    }

    /** The same list as server-sent events: {@code event: todo} now, and again with the whole list on every change. */
    @GetMapping(path = "/api/v1/candidates/{candidateId}/todo", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter liveTodo(@PathVariable UUID candidateId,
                        @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        FindTodo query = new FindTodo(Caller.of(principal).organizationId(), CandidateId.of(candidateId));
        return live.stream(reads.subscribe(query, TodoList.class, TodoList.class), "todo", "todo");
    }
}
