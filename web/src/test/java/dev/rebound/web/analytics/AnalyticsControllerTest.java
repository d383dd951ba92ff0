package dev.rebound.web.analytics;

import dev.rebound.api.analytics.query.FindOrganizationAnalytics;
import dev.rebound.api.analytics.query.OrganizationAnalytics;
import dev.rebound.api.common.OrganizationId;
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
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An organization's analytics: the query carries the configured minimum cohort (the default 5 here), a withheld
 * answer reaches the client as it is, and the error answers never show another tenant's figures.
 */
@ApiSliceTest
class AnalyticsControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    QueryGateway queries;

    @Test
    void theQueryCarriesTheMinimumCohortAndAWithheldAnswerHasNoFigures() throws Exception {
        String organization = "00000000-0000-0000-0000-000000000001";
        when(queries.query(eq(new FindOrganizationAnalytics(OrganizationId.of(UUID.fromString(organization)), 5)),
                eq(OrganizationAnalytics.class)))
                .thenReturn(CompletableFuture.completedFuture(OrganizationAnalytics.withheld(5)));

        mvc.perform(call("GET", "/api/v1/organizations/" + organization + "/analytics", null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suppressed").value(true))
                .andExpect(jsonPath("$.suppressedReason").value(
                        "Fewer than 5 candidates: figures are withheld so that no one can be singled out."))
                .andExpect(jsonPath("$.candidates").isEmpty())
                .andExpect(jsonPath("$.weaknessByCompetency").isEmpty());
    }

    @Test
    void anotherOrganizationIsNotFound() throws Exception {
        mvc.perform(call("GET", "/api/v1/organizations/" + UUID.randomUUID() + "/analytics", null))
                .andExpect(problem(404, "not-found"));
        verifyNoInteractions(queries);
    }

    @Test
    void organizationIdThatIsNotAUuidIsABadRequest() throws Exception {
        mvc.perform(call("GET", "/api/v1/organizations/acme/analytics", null))
                .andExpect(malformedField("organizationId"));
    }

    @Test
    void withoutATokenNothingIsRead() throws Exception {
        mvc.perform(anonymous("GET", "/api/v1/organizations/00000000-0000-0000-0000-000000000001/analytics", null))
                .andExpect(problem(401, "unauthenticated"));
        verifyNoInteractions(queries);
    }
}
