package dev.rebound.web.accesslog;

import dev.rebound.api.access.query.AccessLogPage;
import dev.rebound.api.access.query.FindAccessLog;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.web.problem.Problems;
import dev.rebound.web.query.Reads;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import dev.rebound.web.security.OrganizationPath;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The access audit, read back: who read a candidate's data, when — for the candidate ("who looked at my data") and
 * their org admins, and for the whole organization. Who may read which is decided by the access policy; reading the
 * log is not itself recorded, as it holds no data of the candidate.
 */
@RestController
@Tag(name = "Access log", description = "Who read a candidate's data, and when: every read by a coach or an admin.")
class AccessLogController {

    private static final String ABOUT_AN_ENTRY = """
            Each entry is one read by someone other than the candidate, recorded before the data was served: \
            `readAt` (the server's time), `readerMemberId` (null for the platform admin and for an identity \
            provider's admin without a member record), `readerRole` (`COACH`, `ORG_ADMIN`, `PLATFORM_ADMIN`), \
            `readerSubject` (who signed in: a token's member, `<issuer>#<sub>` of an identity provider's token), \
            `candidateId` and `resource`, the endpoint or page that was read as its template \
            (`GET /api/v1/candidates/{candidateId}/timeline`, `GET /candidates/{candidateId}`, `GET /coach`). \
            Newest first; `from` (inclusive) and `to` (exclusive) bound `readAt`. One request that reads a \
            candidate's data is one entry, however many parts of it the page shows.""";

    private final Reads reads;

    AccessLogController(Reads reads) {
        this.reads = reads;
    }

    @Operation(operationId = "getCandidateAccessLog", summary = "Read who looked at a candidate's data",
            description = ABOUT_AN_ENTRY + """
                     The candidate themself and their org admins (the platform admin in the default organization); \
                    anyone else, coaches included, gets 404. Reading this log is not recorded in it.""")
    @GetMapping("/api/v1/candidates/{candidateId}/access-log")
    AccessLogPage candidateLog(@PathVariable UUID candidateId,
                               @RequestParam(required = false) Instant from,
                               @RequestParam(required = false) Instant to,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(FindAccessLog.MAX_PAGE_SIZE) int size,
                               @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        return reads.answer(new FindAccessLog(Callers.of(principal).organizationId(), CandidateId.of(candidateId),
                from, checked(from, to), page, size), AccessLogPage.class);
    }

    @Operation(operationId = "getOrganizationAccessLog", summary = "Read who looked at the candidates' data",
            description = ABOUT_AN_ENTRY + """
                     Every candidate of the organization; its org admins (the platform admin for the default \
                    organization).""")
    @GetMapping("/api/v1/organizations/{organizationId}/access-log")
    AccessLogPage organizationLog(@PathVariable UUID organizationId,
                                  @RequestParam(required = false) Instant from,
                                  @RequestParam(required = false) Instant to,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(FindAccessLog.MAX_PAGE_SIZE)
                                  int size,
                                  @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        OrganizationId organization = OrganizationPath.visibleTo(principal, organizationId);
        return reads.answer(new FindAccessLog(organization, null, from, checked(from, to), page, size),
                AccessLogPage.class);
    }

    private static Instant checked(Instant from, Instant to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, Problems.invalid(
                    HttpStatus.UNPROCESSABLE_CONTENT, "'to' (" + to + ") lies before 'from' (" + from + ").",
                    List.of(new Problems.FieldError("to", "must not lie before from"))), null);
        }
        return to;
    }
}
