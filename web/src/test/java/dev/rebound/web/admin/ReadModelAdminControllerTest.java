package dev.rebound.web.admin;

import dev.rebound.api.admin.command.ReplayReadModel;
import dev.rebound.api.admin.query.ReadModelStatus;
import dev.rebound.api.common.NotFound;
import dev.rebound.web.security.ApiSliceTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.concurrent.CompletableFuture;

import static dev.rebound.web.security.Slices.anonymous;
import static dev.rebound.web.security.Slices.call;
import static dev.rebound.web.security.Slices.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The error answers of read-model replays. */
@ApiSliceTest
class ReadModelAdminControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Test
    void replayOfAnUnknownReadModelIsNotFound() throws Exception {
        given(commands.sendAndWait(any(ReplayReadModel.class)))
                .willThrow(new NotFound("There is no read model named 'gossip'."));

        mvc.perform(call("POST", "/api/v1/admin/projections/gossip/replay", null))
                .andExpect(problem(404, "not-found"));
    }

    @Test
    void progressOfAnUnknownReadModelIsNotFound() throws Exception {
        given(queries.query(any(), eq(ReadModelStatus.class)))
                .willReturn(CompletableFuture.failedFuture(new NotFound("There is no read model named 'gossip'.")));

        mvc.perform(call("GET", "/api/v1/admin/projections/gossip/replay", null))
                .andExpect(problem(404, "not-found"))
                .andExpect(jsonPath("$.detail").value("No such resource, or it is not visible to you."));
    }

    @Test
    void withoutATokenNothingIsReplayed() throws Exception {
        mvc.perform(anonymous("POST", "/api/v1/admin/projections/timeline/replay", null))
                .andExpect(problem(401, "unauthenticated"));
        verifyNoInteractions(commands);
    }
}
