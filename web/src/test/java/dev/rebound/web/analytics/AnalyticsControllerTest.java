package dev.rebound.web.analytics;

import dev.rebound.web.security.ApiSliceTest;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static dev.rebound.web.security.Slices.anonymous;
import static dev.rebound.web.security.Slices.call;
import static dev.rebound.web.security.Slices.malformedField;
import static dev.rebound.web.security.Slices.problem;
import static org.mockito.Mockito.verifyNoInteractions;

/** The error answers of an organization's analytics: never another tenant's figures. */
@ApiSliceTest
class AnalyticsControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    QueryGateway queries;

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
