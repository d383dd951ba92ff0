package dev.rebound.web.todo;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.todo.query.FindTodo;
import dev.rebound.api.todo.query.TodoList;
import dev.rebound.web.live.LiveUpdates;
import dev.rebound.web.query.Reads;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.UUID;

/**
 * A candidate's to-do list: feedback to ask for, feedback to evaluate, follow-ups to send; most urgent first. Both
 * methods declare what they produce, so a client's preference decides.
 */
@RestController
@Tag(name = "To-do",
        description = "A candidate's to-do list: feedback to ask for, feedback to evaluate, follow-ups to send.")
class TodoController {

    private final Reads reads;
    private final LiveUpdates live;

    TodoController(Reads reads, LiveUpdates live) {
        this.reads = reads;
        this.live = live;
    }

    @Operation(operationId = "getTodo", summary = "Read the to-do list",
            description = """
                    What is due, most urgent first: `FEEDBACK_REQUEST_DUE`, `EVALUATION_DUE`, `FOLLOW_UP_DUE`; \
                    overdue items stay until done. With `Accept: text/event-stream` the answer is a live stream: \
                    `event: todo` with the whole list now and on every change.""")
    @ApiResponse(responseCode = "200", description = "The list; with Accept: text/event-stream, a live stream",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = TodoList.class)),
            @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string"))})
    @GetMapping(path = "/api/v1/candidates/{candidateId}/todo", produces = MediaType.APPLICATION_JSON_VALUE)
    TodoList todo(@PathVariable UUID candidateId, @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        FindTodo query = new FindTodo(Callers.of(principal).organizationId(), CandidateId.of(candidateId));
        return reads.answer(query, TodoList.class);
    }

    /** The same list as server-sent events: {@code event: todo} now, and again with the whole list on every change. */
    @Operation(hidden = true) // documented with the JSON method: one operation, two media types
    @GetMapping(path = "/api/v1/candidates/{candidateId}/todo", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter liveTodo(@PathVariable UUID candidateId,
                        @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        Caller caller = Callers.of(principal);
        FindTodo query = new FindTodo(caller.organizationId(), CandidateId.of(candidateId));
        return live.stream(caller, query.candidateId(), () -> reads.subscribe(query, TodoList.class, TodoList.class),
                "todo", "todo");
    }
}
