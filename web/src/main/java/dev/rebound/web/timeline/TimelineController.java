package dev.rebound.web.timeline;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.timeline.query.FindTimeline;
import dev.rebound.api.timeline.query.TimelineEntry;
import dev.rebound.api.timeline.query.TimelinePage;
import dev.rebound.web.live.LiveUpdates;
import dev.rebound.web.query.Reads;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Instant;
import java.util.UUID;

/**
 * A candidate's timeline: every event as a dated entry, newest first. Both methods declare what they produce, so a
 * client's preference decides ({@code Accept: application/json, text/event-stream} gets JSON).
 */
@RestController
@Tag(name = "Timeline", description = "A candidate's timeline: every event as a dated entry, newest first.")
class TimelineController {

    private final Reads reads;
    private final LiveUpdates live;

    TimelineController(Reads reads, LiveUpdates live) {
        this.reads = reads;
        this.live = live;
    }

    @Operation(operationId = "getTimeline", summary = "Read the timeline",
            description = """
                    Every event of the candidate as a dated entry, newest first, paginated. `from`/`to` bound the \
                    occurred-at time; `asOf` shows the timeline as it had been recorded at that instant; `type` is \
                    the event's name (`RejectionReceived` …). With `Accept: text/event-stream` the answer is a live \
                    stream: `event: timeline` with the current page, then `event: entry` with every new entry.""")
    @ApiResponse(responseCode = "200", description = "The page; with Accept: text/event-stream, a live stream",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = TimelinePage.class)),
            @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string"))})
    @GetMapping(path = "/api/v1/candidates/{candidateId}/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    TimelinePage timeline(@PathVariable UUID candidateId,
                          @RequestParam(required = false) UUID employerId,
                          @RequestParam(required = false) String type,
                          @RequestParam(required = false) Instant from,
                          @RequestParam(required = false) Instant to,
                          @RequestParam(required = false) Instant asOf,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(FindTimeline.MAX_PAGE_SIZE) int size,
                          @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        FindTimeline query = new FindTimeline(Callers.of(principal).organizationId(), CandidateId.of(candidateId),
                employerId == null ? null : EmployerId.of(employerId), type, from, to, asOf, page, size);
        return reads.answer(query, TimelinePage.class);
    }

    /**
     * The same timeline as server-sent events: {@code event: timeline} with the current page, then
     * {@code event: entry} with every new entry that matches the filters, as it is recorded.
     */
    @Operation(hidden = true) // documented with the JSON method: one operation, two media types
    @GetMapping(path = "/api/v1/candidates/{candidateId}/timeline", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter liveTimeline(@PathVariable UUID candidateId,
                            @RequestParam(required = false) UUID employerId,
                            @RequestParam(required = false) String type,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(FindTimeline.MAX_PAGE_SIZE) int size,
                            @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        Caller caller = Callers.of(principal);
        FindTimeline query = new FindTimeline(caller.organizationId(), CandidateId.of(candidateId),
                employerId == null ? null : EmployerId.of(employerId), type, null, null, null, 0, size);
        return live.stream(caller, query.candidateId(),
                () -> reads.subscribe(query, TimelinePage.class, TimelineEntry.class), "timeline", "entry");
    }
}
