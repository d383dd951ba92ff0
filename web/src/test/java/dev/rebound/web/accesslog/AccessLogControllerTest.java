package dev.rebound.web.accesslog;

import dev.rebound.api.access.query.AccessLogEntry;
import dev.rebound.api.access.query.AccessLogPage;
import dev.rebound.api.access.query.FindAccessLog;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.web.security.ApiSliceTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
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
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The answers of the access log, of a candidate and of the organization. */
@ApiSliceTest
class AccessLogControllerTest {

    private static final OrganizationId DEFAULT = OrganizationId.of(
            UUID.fromString("00000000-0000-0000-0000-000000000001"));
    private static final CandidateId CANDIDATE = CandidateId.random();
    private static final String CANDIDATES_LOG = "/api/v1/candidates/" + CANDIDATE + "/access-log";
    private static final String ORGANIZATIONS_LOG = "/api/v1/organizations/" + DEFAULT + "/access-log";

    @Autowired
    MockMvc mvc;

    @Autowired
    QueryGateway queries;

    @Autowired
    CommandGateway commands;

    @Test
    void entriesComeAsAPageWithoutAnyoneButTheirIds() throws Exception {
        MemberId coach = MemberId.random();
        given(queries.query(any(FindAccessLog.class), eq(AccessLogPage.class))).willReturn(
                CompletableFuture.completedFuture(new AccessLogPage(List.of(
                        new AccessLogEntry(Instant.parse("2026-11-24T10:15:02Z"), coach, Role.COACH, CANDIDATE,
                                "GET /api/v1/candidates/{candidateId}/timeline", coach.value().toString()),
                        new AccessLogEntry(Instant.parse("2026-11-24T09:00:00Z"), null, Role.PLATFORM_ADMIN,
                                CANDIDATE, "GET /candidates/{candidateId}", "platform-admin")), 0, 50, 2)));

        mvc.perform(call("GET", CANDIDATES_LOG + "?from=2026-11-01T00:00:00Z", null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].readAt").value("2026-11-24T10:15:02Z"))
                .andExpect(jsonPath("$.items[0].readerMemberId").value(coach.toString()))
                .andExpect(jsonPath("$.items[0].readerRole").value("COACH"))
                .andExpect(jsonPath("$.items[0].candidateId").value(CANDIDATE.toString()))
                .andExpect(jsonPath("$.items[1].readerMemberId").isEmpty());

        then(queries).should().query(new FindAccessLog(DEFAULT, CANDIDATE, Instant.parse("2026-11-01T00:00:00Z"),
                null, 0, 50), AccessLogPage.class);
        verifyNoInteractions(commands); // reading the log is not itself recorded
    }

    @Test
    void theOrganizationsLogCoversEveryCandidate() throws Exception {
        given(queries.query(any(FindAccessLog.class), eq(AccessLogPage.class))).willReturn(
                CompletableFuture.completedFuture(new AccessLogPage(List.of(), 1, 20, 0)));

        mvc.perform(call("GET", ORGANIZATIONS_LOG + "?page=1&size=20", null)).andExpect(status().isOk());

        then(queries).should().query(new FindAccessLog(DEFAULT, null, null, null, 1, 20), AccessLogPage.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            size=0                                                    | size
            size=201                                                  | size
            page=-1                                                   | page
            from=2026-11-24T00:00:00Z&to=2026-11-23T00:00:00Z         | to
            """)
    void pagesAndPeriodsOutsideTheirRangeAreUnprocessable(String query, String field) throws Exception {
        mvc.perform(call("GET", CANDIDATES_LOG + "?" + query, null)).andExpect(invalidField(field));
        mvc.perform(call("GET", ORGANIZATIONS_LOG + "?" + query, null)).andExpect(invalidField(field));
        verify(queries, never()).query(any(FindAccessLog.class), eq(AccessLogPage.class));
    }

    @Test
    void malformedIdsAndTimesAreBadRequests() throws Exception {
        mvc.perform(call("GET", "/api/v1/candidates/me/access-log", null)).andExpect(malformedField("candidateId"));
        mvc.perform(call("GET", CANDIDATES_LOG + "?from=yesterday", null)).andExpect(malformedField("from"));
        mvc.perform(call("GET", "/api/v1/organizations/ours/access-log", null))
                .andExpect(malformedField("organizationId"));
        verify(queries, never()).query(any(FindAccessLog.class), eq(AccessLogPage.class));
    }

    @Test
    void anotherOrganizationsLogIsNotFound() throws Exception {
        mvc.perform(call("GET", "/api/v1/organizations/" + UUID.randomUUID() + "/access-log", null))
                .andExpect(problem(404, "not-found"));
        verifyNoInteractions(queries);
    }

    @Test
    void withoutATokenNothingIsRead() throws Exception {
        mvc.perform(anonymous("GET", CANDIDATES_LOG, null)).andExpect(problem(401, "unauthenticated"));
        mvc.perform(anonymous("GET", ORGANIZATIONS_LOG, null)).andExpect(problem(401, "unauthenticated"));
        verifyNoInteractions(queries);
    }
}
