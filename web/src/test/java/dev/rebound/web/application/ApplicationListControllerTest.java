package dev.rebound.web.application;

import dev.rebound.api.application.FeedbackStatus;
import dev.rebound.api.applications.query.ApplicationPage;
import dev.rebound.api.applications.query.ApplicationStatus;
import dev.rebound.api.applications.query.ApplicationSummary;
import dev.rebound.api.applications.query.FindApplicationPage;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.NotFound;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.Stage;
import dev.rebound.web.WebProperties;
import dev.rebound.web.security.ApiSliceTest;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.LocalDate;
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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The list of a candidate's applications: its answer's shape, its page and its error answers. */
@ApiSliceTest
class ApplicationListControllerTest {

    private static final CandidateId CANDIDATE = CandidateId.random();
    private static final String PATH = "/api/v1/candidates/" + CANDIDATE + "/applications";

    @Autowired
    MockMvc mvc;

    @Autowired
    QueryGateway queries;

    @Autowired
    WebProperties properties;

    @Test
    void answersThePageWithExactlyTheListedFieldsOfEachApplication() throws Exception {
        ApplicationId application = ApplicationId.random();
        EmployerId employer = EmployerId.of(UUID.randomUUID());
        ApplicationSummary summary = new ApplicationSummary(application, employer, "Acme Analytics", "Data Analyst",
                LocalDate.parse("2026-03-01"), "referral", Stage.ONSITE, ApplicationStatus.REJECTED,
                FeedbackStatus.REQUESTED, Instant.parse("2026-03-10T09:00:00Z"), 1, false, null, List.of());
        FindApplicationPage query = new FindApplicationPage(OrganizationId.of(properties.defaultOrganizationId()),
                CANDIDATE, 2, 10);
        given(queries.query(query, ApplicationPage.class)).willReturn(CompletableFuture.completedFuture(
                new ApplicationPage(List.of(summary), 2, 10, 21)));

        mvc.perform(call("GET", PATH + "?page=2&size=10", null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(10))
                .andExpect(jsonPath("$.total").value(21))
                .andExpect(jsonPath("$.items[0].applicationId").value(application.toString()))
                .andExpect(jsonPath("$.items[0].employerId").value(employer.toString()))
                .andExpect(jsonPath("$.items[0].employerName").value("Acme Analytics"))
                .andExpect(jsonPath("$.items[0].roleTitle").value("Data Analyst"))
                .andExpect(jsonPath("$.items[0].appliedOn").value("2026-03-01"))
                .andExpect(jsonPath("$.items[0].source").value("referral"))
                .andExpect(jsonPath("$.items[0].furthestStage").value("ONSITE"))
                .andExpect(jsonPath("$.items[0].status").value("REJECTED"))
                .andExpect(jsonPath("$.items[0].feedbackStatus").value("REQUESTED"))
                .andExpect(jsonPath("$.items[0].length()").value(9));
    }

    @Test
    void withoutPageAndSizeTheFirstFiftyAreAskedFor() throws Exception {
        FindApplicationPage query = new FindApplicationPage(OrganizationId.of(properties.defaultOrganizationId()),
                CANDIDATE, 0, 50);
        given(queries.query(query, ApplicationPage.class)).willReturn(CompletableFuture.completedFuture(
                new ApplicationPage(List.of(), 0, 50, 0)));

        mvc.perform(call("GET", PATH, null)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.total").value(0));
    }

    @ParameterizedTest
    @CsvSource({"size=201, size", "size=0, size", "page=-1, page"})
    void pagesOutsideTheirRangeAreUnprocessable(String query, String parameter) throws Exception {
        mvc.perform(call("GET", PATH + "?" + query, null)).andExpect(invalidField(parameter));
        verify(queries, never()).query(any(FindApplicationPage.class), eq(ApplicationPage.class));
    }

    @Test
    void aPageThatIsNoNumberIsABadRequest() throws Exception {
        mvc.perform(call("GET", PATH + "?page=first", null)).andExpect(malformedField("page"));
    }

    @Test
    void candidateIdThatIsNotAUuidIsABadRequest() throws Exception {
        mvc.perform(call("GET", "/api/v1/candidates/not-a-uuid/applications", null))
                .andExpect(malformedField("candidateId"));
    }

    @Test
    void candidateNotVisibleIsNotFound() throws Exception {
        given(queries.query(any(FindApplicationPage.class), eq(ApplicationPage.class)))
                .willReturn(CompletableFuture.failedFuture(new NotFound("no such candidate")));

        mvc.perform(call("GET", PATH, null)).andExpect(problem(404, "not-found"));
    }

    @Test
    void withoutATokenNothingIsRead() throws Exception {
        mvc.perform(anonymous("GET", PATH, null)).andExpect(problem(401, "unauthenticated"));
        verifyNoInteractions(queries);
    }
}
