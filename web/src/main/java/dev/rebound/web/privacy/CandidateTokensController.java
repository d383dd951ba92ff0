package dev.rebound.web.privacy;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.organization.CandidateTokens;
import dev.rebound.api.organization.TokenRecord;
import dev.rebound.api.organization.query.FindCandidateTokens;
import dev.rebound.web.query.Reads;
import dev.rebound.web.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every personal access token issued for a candidate's member: who can act as the candidate, since when, issued by
 * whom, last used when, revoked when. Never a secret. Who may read it is decided by the access policy, as for the
 * access log: the candidate and their org admins.
 */
@RestController
@Tag(name = "Privacy", description = "The right to erasure: a candidate's personal data is crypto-shredded.")
class CandidateTokensController {

    private final Reads reads;

    CandidateTokensController(Reads reads) {
        this.reads = reads;
    }

    @Operation(operationId = "listCandidateTokens", summary = "List the tokens issued for a candidate",
            description = """
                    Every personal access token of the candidate's member, revoked ones included, newest first: \
                    `name` (null once the candidate's personal data is erased), `issuedAt`, who issued it \
                    (`issuedByMemberId` and `issuedByRole`; `PLATFORM_ADMIN` with no member for the platform admin; \
                    both null for tokens issued before this was recorded or by the system), `lastUsedAt` (written \
                    in batches, a few seconds late at most; null if never used) and `revokedAt` (null while it works). Never the token itself. The \
                    candidate themself and their org admins (the platform admin in the default organization); \
                    anyone else, coaches included, gets 404.""")
    @GetMapping("/api/v1/candidates/{candidateId}/tokens")
    CandidateTokenList tokens(@PathVariable UUID candidateId,
                              @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        CandidateTokens tokens = reads.answer(new FindCandidateTokens(Callers.of(principal).organizationId(),
                CandidateId.of(candidateId)), CandidateTokens.class);
        return new CandidateTokenList(tokens.items().stream().map(CandidateTokensController::item).toList());
    }

    private static CandidateTokenItem item(TokenRecord token) {
        return new CandidateTokenItem(token.tokenId(), token.name(), token.issuedAt(),
                token.issuedByMemberId() == null ? null : token.issuedByMemberId().value(),
                token.issuedByRole() == null ? null : token.issuedByRole().name(), token.lastUsedAt(),
                token.revokedAt());
    }

    @Schema(description = "A personal access token issued for the candidate: never its secret.")
    record CandidateTokenItem(
            UUID tokenId,
            @Schema(types = {"string", "null"}, description = "The token's name; null once the candidate's personal "
                    + "data is erased.") String name,
            Instant issuedAt,
            @Schema(types = {"string", "null"}, format = "uuid", description = "The member who issued it; null for "
                    + "the platform admin, the system, or tokens issued before this was recorded.")
            UUID issuedByMemberId,
            @Schema(types = {"string", "null"}, allowableValues = {"ORG_ADMIN", "COACH", "CANDIDATE", "ANALYST",
                    "PLATFORM_ADMIN"}, description = "The role in which it was issued; null when not recorded.")
            String issuedByRole,
            @Schema(types = {"string", "null"}, format = "date-time", description = "When it was last used, "
                    + "written a few seconds late at most; null if never.") Instant lastUsedAt,
            @Schema(types = {"string", "null"}, format = "date-time", description = "When it was revoked; null "
                    + "while it works.") Instant revokedAt) {
    }

    @Schema(description = "Every token issued for the candidate, newest first.")
    record CandidateTokenList(List<CandidateTokenItem> items) {
    }
}
