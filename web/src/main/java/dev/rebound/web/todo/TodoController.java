package dev.rebound.web.todo;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.todo.query.FindTodo;
import dev.rebound.api.todo.query.TodoList;
import dev.rebound.web.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A candidate's to-do list: feedback to ask for, feedback to evaluate, follow-ups to send; most urgent first. */
@RestController
class TodoController {

    private static final long QUERY_TIMEOUT_SECONDS = 30;

    private final QueryGateway queries;

    TodoController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/candidates/{candidateId}/todo")
    TodoList todo(@PathVariable UUID candidateId, @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal)
            throws InterruptedException, ExecutionException, TimeoutException {
        FindTodo query = new FindTodo(Caller.of(principal).organizationId(), CandidateId.of(candidateId));
        try {
            return queries.query(query, TodoList.class).get(QUERY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
