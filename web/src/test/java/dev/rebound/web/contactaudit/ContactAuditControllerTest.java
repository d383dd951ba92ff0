package dev.rebound.web.contactaudit;

import dev.rebound.web.security.ApiSliceTest;
import org.axonframework.queryhandling.QueryGateway;
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
import static org.mockito.Mockito.verifyNoInteractions;

/** The error answers of the organization's employer-contact audit, as JSON and as CSV. */
@ApiSliceTest
class ContactAuditControllerTest {

    private static final String OWN = "/api/v1/organizations/00000000-0000-0000-0000-000000000001/contact-audit";

    @Autowired
    MockMvc mvc;

    @Autowired
    QueryGateway queries;

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/csv"})
    void anotherOrganizationIsNotFound(String accept) throws Exception {
        mvc.perform(call("GET", "/api/v1/organizations/" + UUID.randomUUID() + "/contact-audit", null)
                        .header("Accept", accept))
                .andExpect(problem(404, "not-found"));
        verifyNoInteractions(queries);
    }

    @ParameterizedTest
    @CsvSource({"candidateId=me, candidateId", "from=last week, from"})
    void malformedFiltersAreBadRequests(String query, String parameter) throws Exception {
        mvc.perform(call("GET", OWN + "?" + query, null)).andExpect(malformedField(parameter));
    }

    @ParameterizedTest
    @CsvSource({"from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z, to", "size=0, size", "size=201, size",
            "page=-1, page"})
    void filtersThatBreakTheirRulesAreUnprocessable(String query, String parameter) throws Exception {
        mvc.perform(call("GET", OWN + "?" + query, null)).andExpect(invalidField(parameter));
        verifyNoInteractions(queries);
    }

    @Test
    void organizationIdThatIsNotAUuidIsABadRequest() throws Exception {
        mvc.perform(call("GET", "/api/v1/organizations/acme/contact-audit", null))
                .andExpect(malformedField("organizationId"));
    }

    @Test
    void withoutATokenNothingIsRead() throws Exception {
        mvc.perform(anonymous("GET", OWN, null).header("Accept", "text/csv")).andExpect(problem(401, "unauthenticated"));
        verifyNoInteractions(queries);
    }
}
