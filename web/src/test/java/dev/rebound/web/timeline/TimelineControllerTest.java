package dev.rebound.web.timeline;

import dev.rebound.api.common.NotFound;
import dev.rebound.api.timeline.query.FindTimeline;
import dev.rebound.api.timeline.query.TimelinePage;
import dev.rebound.web.security.ApiSliceTest;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/** The error answers of the timeline: its filters and its page. */
@ApiSliceTest
class TimelineControllerTest {

    private static final String PATH = "/api/v1/candidates/" + UUID.randomUUID() + "/timeline";

    @Autowired
    MockMvc mvc;

    @Autowired
    QueryGateway queries;

    @ParameterizedTest
    @CsvSource({"from=yesterday, from", "asOf=2026-13-01T00:00:00Z, asOf", "employerId=acme, employerId",
            "page=first, page"})
    void malformedFiltersAreBadRequests(String query, String parameter) throws Exception {
        mvc.perform(call("GET", PATH + "?" + query, null)).andExpect(malformedField(parameter));
        verify(queries, never()).query(any(FindTimeline.class), eq(TimelinePage.class));
    }

    @ParameterizedTest
    @CsvSource({"size=201, size", "size=500, size", "size=0, size", "page=-1, page"})
    void pagesOutsideTheirRangeAreUnprocessable(String query, String parameter) throws Exception {
        mvc.perform(call("GET", PATH + "?" + query, null)).andExpect(invalidField(parameter));
        verify(queries, never()).query(any(FindTimeline.class), eq(TimelinePage.class));
    }

    @Test
    void theLiveTimelineTakesNoLargerPageThanTheList() throws Exception {
        mvc.perform(call("GET", PATH + "?size=201", null).accept("text/event-stream"))
                .andExpect(invalidField("size"));
        verify(queries, never()).subscriptionQuery(any(FindTimeline.class),
                any(org.axonframework.messaging.responsetypes.ResponseType.class),
                any(org.axonframework.messaging.responsetypes.ResponseType.class));
        verify(queries, never()).query(any(FindTimeline.class), eq(TimelinePage.class));
    }

    @Test
    void candidateIdThatIsNotAUuidIsABadRequest() throws Exception {
        mvc.perform(call("GET", "/api/v1/candidates/not-a-uuid/timeline", null)).andExpect(malformedField("candidateId"));
    }

    @Test
    void candidateNotVisibleIsNotFound() throws Exception {
        given(queries.query(any(), eq(TimelinePage.class)))
                .willReturn(CompletableFuture.failedFuture(new NotFound("no such candidate")));

        mvc.perform(call("GET", PATH, null)).andExpect(problem(404, "not-found"));
    }

    @Test
    void withoutATokenNothingIsRead() throws Exception {
        mvc.perform(anonymous("GET", PATH, null)).andExpect(problem(401, "unauthenticated"));
        verifyNoInteractions(queries);
    }
}
