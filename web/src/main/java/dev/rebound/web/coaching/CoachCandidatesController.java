package dev.rebound.web.coaching;

import dev.rebound.api.applications.query.CandidateList;
import dev.rebound.api.applications.query.CandidateSummary;
import dev.rebound.api.applications.query.FindCandidates;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.organization.CoachCandidate;
import dev.rebound.api.organization.CoachCandidates;
import dev.rebound.api.organization.query.FindCoachCandidates;
import dev.rebound.web.query.Reads;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import dev.rebound.web.security.DataAccessAudit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A coach's own candidates: those assigned to them, whether each grants access, and for those who do, the figures of
 * the coach view. Only a coach calls it (the access policy answers anyone else 403). What is shown of each candidate
 * is recorded in the access audit before it is served.
 */
@RestController
@Tag(name = "Coaching", description = "Coaches assigned to a candidate, and the candidate's consent.")
class CoachCandidatesController {

    static final String PATH = "/api/v1/coaches/me/candidates";
    private static final String RESOURCE = "GET " + PATH;

    private final Reads reads;
    private final DataAccessAudit audit;

    CoachCandidatesController(Reads reads, DataAccessAudit audit) {
        this.reads = reads;
        this.audit = audit;
    }

    @Schema(description = """
            A candidate assigned to the calling coach. Without access (`accessGranted: false`) only the id and the \
            name are given; the figures are null.""")
    record CoachCandidateItem(
            UUID candidateId,
            @Schema(description = "The candidate's name as the organization added them; `[erased]` after an "
                    + "erasure.") String displayName,
            @Schema(description = "Whether the candidate grants this coach access to their data now.")
            boolean accessGranted,
            @Schema(types = {"integer", "null"}, format = "int32",
                    description = "Applications tracked; null without access.") Integer applications,
            @Schema(types = {"integer", "null"}, format = "int32",
                    description = "Rejections received; null without access.") Integer rejections,
            @Schema(types = {"integer", "null"}, format = "int32",
                    description = "Offers received; null without access.") Integer offers,
            @Schema(types = {"string", "null"}, format = "date-time",
                    description = "When the candidate was last active in their feedback cycle; null without "
                    + "access or before their first application.") Instant lastActivityAt) {
    }

    @Schema(description = "The calling coach's candidates, in the order they joined the organization.")
    record CoachCandidateList(List<CoachCandidateItem> items) {
    }

    @Operation(operationId = "listMyCandidates", summary = "List the calling coach's candidates",
            description = """
                    The candidates assigned to the calling coach, in the order they joined the organization, and \
                    whether each grants the coach access now. For a candidate who does, the figures of the coach \
                    view come along (applications, rejections, offers, last activity); for one who does not, only \
                    the id and the name (`accessGranted: false`, figures null). Showing a candidate here is recorded \
                    in their access log. Only a coach has assigned candidates: any other caller (org admin, \
                    analyst, candidate, platform admin) gets 403, since the path names no data they could learn \
                    about; an org admin reads each candidate under `/api/v1/candidates/{candidateId}`.""")
    @ApiResponse(responseCode = "200", description = "The coach's candidates", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CoachCandidateList.class)))
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GetMapping(PATH)
    CoachCandidateList candidates(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        Caller caller = Callers.of(principal);
        List<CoachCandidate> assigned = reads.answer(new FindCoachCandidates(caller.organizationId(),
                caller.memberId()), CoachCandidates.class).items();
        // the figures of those who consent, read as theirs: the access policy checks each consent again
        Set<CandidateId> consenting = assigned.stream().filter(CoachCandidate::accessGranted)
                .map(CoachCandidate::candidateId).collect(Collectors.toSet());
        Map<CandidateId, CandidateSummary> figures = consenting.isEmpty() ? Map.of()
                : reads.answer(new FindCandidates(caller.organizationId(), consenting), CandidateList.class).items()
                        .stream().collect(Collectors.toMap(CandidateSummary::candidateId, Function.identity()));
        List<CoachCandidateItem> items = assigned.stream().map(candidate -> item(candidate,
                figures.get(candidate.candidateId()))).toList();
        audit.recordRead(caller, assigned.stream().map(CoachCandidate::candidateId).toList(), RESOURCE);
        return new CoachCandidateList(items);
    }

    private static CoachCandidateItem item(CoachCandidate candidate, CandidateSummary figures) {
        if (!candidate.accessGranted()) {
            return new CoachCandidateItem(candidate.candidateId().value(), candidate.displayName(), false, null,
                    null, null, null);
        }
        return figures == null
                ? new CoachCandidateItem(candidate.candidateId().value(), candidate.displayName(), true, 0, 0, 0,
                        null)
                : new CoachCandidateItem(candidate.candidateId().value(), candidate.displayName(), true,
                        figures.applications(), figures.rejections(), figures.offers(), figures.lastActivityAt());
    }
}
