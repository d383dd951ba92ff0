package dev.rebound.web.weaknesstrends;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.query.CheckAccess;
import dev.rebound.api.catalogue.WeaknessTaxonomy;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.web.problem.Problems;
import org.springframework.web.ErrorResponseException;
import java.util.List;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.improvement.ImprovementPlanId;
import dev.rebound.api.improvement.command.MarkWeaknessAddressed;
import dev.rebound.api.weaknesstrends.query.FindWeaknessTrends;
import dev.rebound.api.weaknesstrends.query.WeaknessTrends;
import dev.rebound.web.query.Reads;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A candidate's weaknesses: how each trends, and marking one addressed (which its status follows). */
@RestController
@Tag(name = "Weaknesses", description = "A candidate's weaknesses: how each trends, and marking one addressed.")
@RequestMapping("/api/v1/candidates/{candidateId}")
class WeaknessTrendsController {

    private final Reads reads;
    private final CommandGateway commands;

    WeaknessTrendsController(Reads reads, CommandGateway commands) {
        this.reads = reads;
        this.commands = commands;
    }

    record MarkAddressedRequest(@Size(max = 4000) String note) {
    }

    @Operation(operationId = "getWeaknessTrends", summary = "Read the weakness trends",
            description = """
                    One entry per weakness the candidate has a mention of or has practised: mentions, distinct \
                    employers, whether it recurs, a weighted score, practice minutes, its status (`OPEN`, \
                    `IMPROVING`, `ADDRESSED`) and mentions per month. Eventually consistent.""")
    @GetMapping("/weakness-trends")
    WeaknessTrends weaknessTrends(@PathVariable UUID candidateId,
                                  @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        FindWeaknessTrends query = new FindWeaknessTrends(Callers.of(principal).organizationId(),
                CandidateId.of(candidateId));
        return reads.answer(query, WeaknessTrends.class);
    }

    /** The body is optional: {@code PUT} without one marks the weakness addressed without a note. */
    @Operation(operationId = "markWeaknessAddressed", summary = "Mark a weakness addressed",
            description = """
                    Marks a weakness (a taxonomy key) addressed; its status in the weakness trends follows. The body \
                    is optional.""")
    @PutMapping("/weaknesses/{key}/addressed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markAddressed(@PathVariable UUID candidateId, @PathVariable String key,
                       @Valid @RequestBody(required = false) MarkAddressedRequest request,
                       @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        CandidateId candidate = CandidateId.of(candidateId);
        OrganizationId organization = Callers.of(principal).organizationId();
        // who may is decided before what was sent is judged: a caller refused here learns nothing from a 422
        reads.answer(new CheckAccess(new AccessRule.CandidateData(organization, candidate, AccessRule.Use.WRITE)),
                Boolean.class);
        if (!WeaknessTaxonomy.standard().contains(key)) {
            throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, Problems.invalid(
                    HttpStatus.UNPROCESSABLE_ENTITY, "Some fields break their rules: key must be a key of the weakness "
                            + "taxonomy (GET /api/v1/catalogue/weaknesses).", List.of(new Problems.FieldError("key",
                            "must be a key of the weakness taxonomy (GET /api/v1/catalogue/weaknesses)"))), null);
        }
        commands.sendAndWait(new MarkWeaknessAddressed(ImprovementPlanId.forCandidate(candidate), organization,
                candidate, key, request == null ? null : request.note()));
    }
}
