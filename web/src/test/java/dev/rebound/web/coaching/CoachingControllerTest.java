package dev.rebound.web.coaching;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.TokenHolder;
import dev.rebound.api.organization.command.AssignCoach;
import dev.rebound.api.organization.command.SetCoachAccess;
import dev.rebound.api.organization.query.AuthenticateToken;
import dev.rebound.web.WebProperties;
import dev.rebound.web.security.ApiSliceTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.Message;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static dev.rebound.web.security.Slices.anonymous;
import static dev.rebound.web.security.Slices.call;
import static dev.rebound.web.security.Slices.invalidField;
import static dev.rebound.web.security.Slices.malformedField;
import static dev.rebound.web.security.Slices.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The error answers of assigning a coach and of the candidate's consent. */
@ApiSliceTest
class CoachingControllerTest {

    private static final CandidateId CANDIDATE = CandidateId.random();
    private static final String COACHES = "/api/v1/candidates/" + CANDIDATE + "/coaches";
    private static final String COACH_ACCESS = "/api/v1/candidates/" + CANDIDATE + "/coach-access";
    private static final String CANDIDATE_TOKEN = "rbt_the-candidate-themself";

    @Autowired
    MockMvc mvc;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    WebProperties properties;

    private final OrganizationId organization = OrganizationId.random();

    /** The candidate's own token: they alone may consent. */
    private MockHttpServletRequestBuilder asTheCandidate(String body) {
        // the token check asks as the system actor AUTHENTICATION: its query comes as a message with that sender
        given(queries.query(argThat(query -> query instanceof Message<?> message
                && message.getPayload() instanceof AuthenticateToken), any(ResponseType.class))).willReturn(
                CompletableFuture.completedFuture(Optional.of(new TokenHolder(UUID.randomUUID(), organization,
                        MemberId.random(), Role.CANDIDATE, CANDIDATE))));
        return put(COACH_ACCESS).header("Authorization", "Bearer " + CANDIDATE_TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void assigningACoachAnswersNoContent() throws Exception {
        UUID coach = UUID.randomUUID();

        mvc.perform(call("POST", COACHES, "{\"coachMemberId\": \"" + coach + "\"}"))
                .andExpect(status().isNoContent());

        then(commands).should().sendAndWait(new AssignCoach(CANDIDATE,
                OrganizationId.of(properties.defaultOrganizationId()), MemberId.of(coach)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {}                                | coachMemberId
            {"coachMemberId": null}           | coachMemberId
            {"coachMemberId": "Dana the coach"} | coachMemberId
            """)
    void aCoachMustBeNamedByTheirMemberId(String body, String field) throws Exception {
        mvc.perform(call("POST", COACHES, body)).andExpect(invalidField(field));
        verifyNoInteractions(commands);
    }

    @Test
    void malformedJsonAndIdsAreBadRequests() throws Exception {
        mvc.perform(call("POST", COACHES, "{coachMemberId: }")).andExpect(problem(400, "malformed-request"));
        mvc.perform(call("POST", "/api/v1/candidates/me/coaches", "{\"coachMemberId\": \"" + UUID.randomUUID()
                + "\"}")).andExpect(malformedField("candidateId"));
        verifyNoInteractions(commands);
    }

    @Test
    void aMemberWhoIsNoCoachOfTheOrganizationIsAConflict() throws Exception {
        given(commands.sendAndWait(any(AssignCoach.class))).willThrow(new RuleViolation("not-a-coach",
                "Member 5 is not a coach of this organization; add them as a COACH member first."));

        mvc.perform(call("POST", COACHES, "{\"coachMemberId\": \"" + UUID.randomUUID() + "\"}"))
                .andExpect(problem(409, "rule-violated"))
                .andExpect(jsonPath("$.rule").value("not-a-coach"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("COACH member")));
    }

    @Test
    void theCandidateGrantsAndRevokes() throws Exception {
        mvc.perform(asTheCandidate("{\"granted\": true}")).andExpect(status().isNoContent());
        mvc.perform(asTheCandidate("{\"granted\": false}")).andExpect(status().isNoContent());

        then(commands).should().sendAndWait(new SetCoachAccess(CANDIDATE, organization, true));
        then(commands).should().sendAndWait(new SetCoachAccess(CANDIDATE, organization, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {}                  | granted
            {"granted": null}   | granted
            {"granted": "yes"}  | granted
            """)
    void consentIsTrueOrFalse(String body, String field) throws Exception {
        mvc.perform(asTheCandidate(body)).andExpect(invalidField(field));
        verifyNoInteractions(commands);
    }

    // That only the candidate consents (an admin gets 403) is the access policy's decision where SetCoachAccess is
    // handled (MessageAccessPolicy), not this controller's: AccessMatrixHttpTest sends it as every kind of caller.

    @Test
    void withoutATokenNothingIsSent() throws Exception {
        mvc.perform(anonymous("POST", COACHES, "{\"coachMemberId\": \"" + UUID.randomUUID() + "\"}"))
                .andExpect(problem(401, "unauthenticated"));
        mvc.perform(anonymous("PUT", COACH_ACCESS, "{\"granted\": true}")).andExpect(problem(401, "unauthenticated"));
        verifyNoInteractions(commands);
    }
}
