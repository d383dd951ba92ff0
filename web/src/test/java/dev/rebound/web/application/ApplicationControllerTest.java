package dev.rebound.web.application;

import dev.rebound.api.application.command.RecordRejection;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.web.security.ApiSliceTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static dev.rebound.web.security.Slices.anonymous;
import static dev.rebound.web.security.Slices.call;
import static dev.rebound.web.security.Slices.invalidField;
import static dev.rebound.web.security.Slices.malformedField;
import static dev.rebound.web.security.Slices.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The error answers of the application commands: track, interview, rejection, offer. */
@ApiSliceTest
class ApplicationControllerTest {

    private static final String APPLICATION = "/api/v1/applications/" + UUID.randomUUID();
    private static final String REJECTION = """
            {"receivedAt": "2026-03-02T09:30:00Z", "stageReached": "ONSITE", "channel": "EMAIL"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    CommandGateway commands;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/candidates/3f0b6c1e-8d2a-4c47-9a7e-2a51c8e0d001/applications",
            "/interviews", "/rejection", "/offer"})
    void malformedJsonIsABadRequest(String path) throws Exception {
        mvc.perform(call("POST", path.startsWith("/api") ? path : APPLICATION + path, "{\"receivedAt\": "))
                .andExpect(problem(400, "malformed-request"));
        verifyNoInteractions(commands);
    }

    @Test
    void candidateIdThatIsNotAUuidIsABadRequest() throws Exception {
        mvc.perform(call("POST", "/api/v1/candidates/not-a-uuid/applications",
                        "{\"employerName\": \"Acme\", \"roleTitle\": \"Analyst\"}"))
                .andExpect(malformedField("candidateId"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/candidates/3f0b6c1e-8d2a-4c47-9a7e-2a51c8e0d001/applications | {"roleTitle": " "}  | employerName
            /api/v1/candidates/3f0b6c1e-8d2a-4c47-9a7e-2a51c8e0d001/applications | {"employerName": "Acme"} | roleTitle
            /interviews | {"heldOn": "2026-03-01"}                                  | stage
            /rejection  | {"stageReached": "ONSITE", "channel": "EMAIL"}            | receivedAt
            /offer      | {"note": "no time given"}                                 | receivedAt
            """)
    void missingRequiredFieldsAreListedAsUnprocessable(String path, String body, String field) throws Exception {
        mvc.perform(call("POST", path.startsWith("/api") ? path : APPLICATION + path, body))
                .andExpect(invalidField(field));
        verifyNoInteractions(commands);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /rejection  | {"receivedAt": "2026-03-02T09:30:00Z", "stageReached": "LUNCH", "channel": "EMAIL"} | stageReached
            /rejection  | {"receivedAt": "yesterday", "stageReached": "ONSITE", "channel": "EMAIL"}          | receivedAt
            /interviews | {"stage": "ONSITE", "heldOn": "2026-03-01", "interviewers": "Dana"}               | interviewers
            /interviews | {"stage": 3, "heldOn": "2026-03-01"}                                              | stage
            """)
    void unknownEnumValuesAndWrongTypesAreUnprocessable(String path, String body, String field) throws Exception {
        mvc.perform(call("POST", APPLICATION + path, body)).andExpect(invalidField(field));
    }

    @Test
    void brokenRuleIsAConflictThatNamesTheRule() throws Exception {
        given(commands.sendAndWait(any(RecordRejection.class))).willThrow(
                new RuleViolation("already-rejected", "A rejection is already recorded for this application."));

        mvc.perform(call("POST", APPLICATION + "/rejection", REJECTION))
                .andExpect(problem(409, "rule-violated"))
                .andExpect(jsonPath("$.rule").value("already-rejected"))
                .andExpect(jsonPath("$.detail").value("A rejection is already recorded for this application."));
    }

    @Test
    void unknownApplicationIsNotFound() throws Exception {
        given(commands.sendAndWait(any(RecordRejection.class))).willThrow(
                new AggregateNotFoundException("x", "no such aggregate"));

        mvc.perform(call("POST", APPLICATION + "/rejection", REJECTION)).andExpect(problem(404, "not-found"));
    }

    @Test
    void withoutATokenNothingIsSent() throws Exception {
        mvc.perform(anonymous("POST", APPLICATION + "/rejection", REJECTION))
                .andExpect(problem(401, "unauthenticated"));
        verifyNoInteractions(commands);
    }
}
