package dev.rebound.web.tone;

import dev.rebound.api.common.ToneIssue;
import dev.rebound.api.common.ToneWarning;
import dev.rebound.api.tone.query.CheckTone;
import dev.rebound.api.tone.query.ToneWarnings;
import dev.rebound.web.security.ApiSliceTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static dev.rebound.web.security.Slices.anonymous;
import static dev.rebound.web.security.Slices.call;
import static dev.rebound.web.security.Slices.invalidField;
import static dev.rebound.web.security.Slices.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The tone check of a draft: its answer and its error answers; it sends no command. */
@ApiSliceTest
class ToneCheckControllerTest {

    private static final String PATH = "/api/v1/tone-check";

    @Autowired
    MockMvc mvc;

    @Autowired
    QueryGateway queries;

    @Autowired
    CommandGateway commands;

    @Test
    void answersTheWarningsOfTheDraftAndStoresNothing() throws Exception {
        given(queries.query(new CheckTone("That was unfair."), ToneWarnings.class))
                .willReturn(CompletableFuture.completedFuture(new ToneWarnings(List.of(
                        new ToneWarning(ToneIssue.BLAMING, "unfair", "Leave fairness out of it.")))));

        mvc.perform(call("POST", PATH, "{\"text\": \"That was unfair.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.toneWarnings[0].issue").value("BLAMING"))
                .andExpect(jsonPath("$.toneWarnings[0].phrase").value("unfair"))
                .andExpect(jsonPath("$.toneWarnings[0].advice").value("Leave fairness out of it."))
                .andExpect(jsonPath("$.length()").value(1));
        verifyNoInteractions(commands);
    }

    @Test
    void aFineDraftHasNoWarnings() throws Exception {
        given(queries.query(new CheckTone("Thank you for your time."), ToneWarnings.class))
                .willReturn(CompletableFuture.completedFuture(new ToneWarnings(List.of())));

        mvc.perform(call("POST", PATH, "{\"text\": \"Thank you for your time.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.toneWarnings").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"text\": null}", "{\"text\": \"\"}", "{\"text\": \"   \"}"})
    void aDraftIsRequired(String body) throws Exception {
        mvc.perform(call("POST", PATH, body)).andExpect(invalidField("text"));
        verify(queries, never()).query(any(CheckTone.class), eq(ToneWarnings.class));
    }

    @Test
    void aDraftLongerThanTenThousandCharactersIsUnprocessable() throws Exception {
        mvc.perform(call("POST", PATH, "{\"text\": \"" + "a".repeat(CheckTone.MAX_LENGTH + 1) + "\"}"))
                .andExpect(invalidField("text"));
        verify(queries, never()).query(any(CheckTone.class), eq(ToneWarnings.class));
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        mvc.perform(call("POST", PATH, "{\"text\": ")).andExpect(problem(400, "malformed-request"));
    }

    @Test
    void withoutATokenNothingIsChecked() throws Exception {
        mvc.perform(anonymous("POST", PATH, "{\"text\": \"Hello\"}")).andExpect(problem(401, "unauthenticated"));
        verifyNoInteractions(queries);
    }
}
