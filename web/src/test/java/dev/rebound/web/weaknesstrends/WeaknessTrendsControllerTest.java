package dev.rebound.web.weaknesstrends;

import dev.rebound.api.access.query.CheckAccess;
import org.junit.jupiter.api.BeforeEach;

import dev.rebound.api.common.NotFound;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.api.improvement.command.MarkWeaknessAddressed;
import dev.rebound.api.weaknesstrends.query.WeaknessTrends;
import dev.rebound.web.security.ApiSliceTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static dev.rebound.web.security.Slices.anonymous;
import static dev.rebound.web.security.Slices.call;
import static dev.rebound.web.security.Slices.invalidField;
import static dev.rebound.web.security.Slices.malformedField;
import static dev.rebound.web.security.Slices.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The error answers of the weakness trends and of marking a weakness addressed. */
@ApiSliceTest
class WeaknessTrendsControllerTest {

    private static final String CANDIDATE = "/api/v1/candidates/" + UUID.randomUUID();
    private static final String ADDRESSED = CANDIDATE + "/weaknesses/communication.active-listening/addressed";

    @Autowired
    MockMvc mvc;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    /** The access policy runs where messages are handled, not in this slice: here it allows. */
    @BeforeEach
    void theAccessPolicyAllows() {
        given(queries.query(any(CheckAccess.class), eq(Boolean.class)))
                .willReturn(CompletableFuture.completedFuture(Boolean.TRUE));
    }

    @Test
    void candidateIdThatIsNotAUuidIsABadRequest() throws Exception {
        mvc.perform(call("GET", "/api/v1/candidates/42/weakness-trends", null))
                .andExpect(malformedField("candidateId"));
    }

    @Test
    void candidateNotVisibleIsNotFound() throws Exception {
        given(queries.query(any(), eq(WeaknessTrends.class)))
                .willReturn(CompletableFuture.failedFuture(new NotFound("no such candidate")));

        mvc.perform(call("GET", CANDIDATE + "/weakness-trends", null)).andExpect(problem(404, "not-found"));
    }

    @Test
    void unknownWeaknessKeyIsUnprocessable() throws Exception {
        mvc.perform(call("PUT", CANDIDATE + "/weaknesses/charm/addressed", null)).andExpect(invalidField("key"));
        verifyNoInteractions(commands);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"note\": 5", "[\"note\"]"})
    void malformedOrWronglyShapedNoteIsRefused(String body) throws Exception {
        mvc.perform(call("PUT", ADDRESSED, body)).andExpect(problem(400, "malformed-request"));
        verifyNoInteractions(commands);
    }

    @Test
    void noteLongerThanAllowedIsUnprocessable() throws Exception {
        mvc.perform(call("PUT", ADDRESSED, "{\"note\": \"" + "x".repeat(4001) + "\"}")).andExpect(invalidField("note"));
    }

    @Test
    void weaknessNeverMentionedIsAConflict() throws Exception {
        given(commands.sendAndWait(any(MarkWeaknessAddressed.class))).willThrow(new RuleViolation("unknown-weakness",
                "This weakness was never mentioned or practised; nothing to mark addressed."));

        mvc.perform(call("PUT", ADDRESSED, null)).andExpect(problem(409, "rule-violated"));
    }

    @Test
    void withoutATokenNothingIsRead() throws Exception {
        mvc.perform(anonymous("GET", CANDIDATE + "/weakness-trends", null)).andExpect(problem(401, "unauthenticated"));
        verifyNoInteractions(queries);
    }
}
