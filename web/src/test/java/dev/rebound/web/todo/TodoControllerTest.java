package dev.rebound.web.todo;

import dev.rebound.api.common.NotFound;
import dev.rebound.api.todo.query.TodoList;
import dev.rebound.web.security.ApiSliceTest;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static dev.rebound.web.security.Slices.anonymous;
import static dev.rebound.web.security.Slices.call;
import static dev.rebound.web.security.Slices.malformedField;
import static dev.rebound.web.security.Slices.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/** The error answers of the to-do list. */
@ApiSliceTest
class TodoControllerTest {

    private static final String PATH = "/api/v1/candidates/" + UUID.randomUUID() + "/todo";

    @Autowired
    MockMvc mvc;

    @Autowired
    QueryGateway queries;

    @Test
    void candidateIdThatIsNotAUuidIsABadRequest() throws Exception {
        mvc.perform(call("GET", "/api/v1/candidates/not-a-uuid/todo", null)).andExpect(malformedField("candidateId"));
        verifyNoInteractions(queries);
    }

    @Test
    void candidateNotVisibleIsNotFound() throws Exception {
        given(queries.query(any(), eq(TodoList.class)))
                .willReturn(CompletableFuture.failedFuture(new NotFound("no such candidate")));

        mvc.perform(call("GET", PATH, null)).andExpect(problem(404, "not-found"));
    }

    @Test
    void withoutATokenNothingIsRead() throws Exception {
        mvc.perform(anonymous("GET", PATH, null)).andExpect(problem(401, "unauthenticated"));
        verifyNoInteractions(queries);
    }
}
