package dev.rebound.web.coaching;

import dev.rebound.api.access.command.RecordDataAccess;
import dev.rebound.api.applications.query.CandidateList;
import dev.rebound.api.applications.query.CandidateSummary;
import dev.rebound.api.applications.query.FindCandidates;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.CoachCandidate;
import dev.rebound.api.organization.CoachCandidates;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.TokenHolder;
import dev.rebound.api.organization.query.AuthenticateToken;
import dev.rebound.api.organization.query.FindCoachCandidates;
import dev.rebound.web.security.ApiSliceTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.Message;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static dev.rebound.web.security.Slices.anonymous;
import static dev.rebound.web.security.Slices.call;
import static dev.rebound.web.security.Slices.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A coach's own list of candidates: what it shows with and without consent, what it records, who is refused. */
@ApiSliceTest
class CoachCandidatesControllerTest {

    private static final String PATH = "/api/v1/coaches/me/candidates";
    private static final String MEMBER_TOKEN = "rbt_a-member";

    @Autowired
    MockMvc mvc;

    @Autowired
    QueryGateway queries;

    @Autowired
    CommandGateway commands;

    private final OrganizationId organization = OrganizationId.random();
    private final MemberId member = MemberId.random();

    private void signedInAs(Role role) {
        // the token check asks as the system actor AUTHENTICATION: its query comes as a message with that sender
        given(queries.query(argThat(query -> query instanceof Message<?> message
                && message.getPayload() instanceof AuthenticateToken), any(ResponseType.class))).willReturn(
                CompletableFuture.completedFuture(Optional.of(new TokenHolder(UUID.randomUUID(), organization,
                        member, role, role == Role.CANDIDATE ? CandidateId.random() : null))));
    }

    @Test
    void aCoachSeesTheFiguresOfWhoGrantsAccessOnlyTheNameOfWhoDoesNotAndEveryShowingIsRecorded()
            throws Exception {
        signedInAs(Role.COACH);
        CandidateId ada = CandidateId.random();
        CandidateId bob = CandidateId.random();
        CandidateId cleo = CandidateId.random();
        given(queries.query(new FindCoachCandidates(organization, member), CoachCandidates.class))
                .willReturn(CompletableFuture.completedFuture(new CoachCandidates(List.of(
                        new CoachCandidate(ada, "Ada", true), new CoachCandidate(bob, "Bob", false),
                        new CoachCandidate(cleo, "Cleo", true)))));
        given(queries.query(new FindCandidates(organization, Set.of(ada, cleo)), CandidateList.class))
                .willReturn(CompletableFuture.completedFuture(new CandidateList(List.of(
                        new CandidateSummary(bob, 9, 9, 9, Instant.parse("2026-03-09T00:00:00Z")),
                        new CandidateSummary(ada, 4, 2, 1, Instant.parse("2026-03-01T09:00:00Z"))))));

        mvc.perform(get(PATH).header("Authorization", "Bearer " + MEMBER_TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[0].candidateId").value(ada.toString()))
                .andExpect(jsonPath("$.items[0].displayName").value("Ada"))
                .andExpect(jsonPath("$.items[0].accessGranted").value(true))
                .andExpect(jsonPath("$.items[0].applications").value(4))
                .andExpect(jsonPath("$.items[0].rejections").value(2))
                .andExpect(jsonPath("$.items[0].offers").value(1))
                .andExpect(jsonPath("$.items[0].lastActivityAt").value("2026-03-01T09:00:00Z"))
                .andExpect(jsonPath("$.items[1].candidateId").value(bob.toString()))
                .andExpect(jsonPath("$.items[1].displayName").value("Bob"))
                .andExpect(jsonPath("$.items[1].accessGranted").value(false))
                .andExpect(jsonPath("$.items[1].applications").doesNotExist())
                .andExpect(jsonPath("$.items[1].lastActivityAt").doesNotExist())
                .andExpect(jsonPath("$.items[2].accessGranted").value(true))
                .andExpect(jsonPath("$.items[2].applications").value(0))
                .andExpect(jsonPath("$.items[2].lastActivityAt").doesNotExist());
        then(commands).should().sendAndWait(new RecordDataAccess(organization, List.of(ada, bob, cleo), member,
                Role.COACH, "GET " + PATH));
    }

    @Test
    void aCoachWithoutCandidatesGetsAnEmptyListAndNothingIsRecorded() throws Exception {
        signedInAs(Role.COACH);
        given(queries.query(new FindCoachCandidates(organization, member), CoachCandidates.class))
                .willReturn(CompletableFuture.completedFuture(new CoachCandidates(List.of())));

        mvc.perform(get(PATH).header("Authorization", "Bearer " + MEMBER_TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
        verifyNoInteractions(commands);
        then(queries).should(never()).query(any(FindCandidates.class), any(Class.class));
    }

    // Who may ask for this list (a coach alone; anyone else 403) is the access policy's decision where the query is
    // handled (MessageAccessPolicy), not this controller's: AccessMatrixHttpTest sends it as every kind of caller.

    @Test
    void withoutATokenNothingIsRead() throws Exception {
        mvc.perform(anonymous("GET", PATH, null)).andExpect(problem(401, "unauthenticated"));
        verifyNoInteractions(queries);
    }
}
