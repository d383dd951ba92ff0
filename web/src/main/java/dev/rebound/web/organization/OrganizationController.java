package dev.rebound.web.organization;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.IssuedToken;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.organization.command.IssueToken;
import dev.rebound.api.organization.command.RevokeToken;
import dev.rebound.web.problem.Problems;
import dev.rebound.web.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * Organizations, their members and members' personal access tokens. Who may call what is decided by the access
 * policy: the platform admin creates organizations; the platform admin or an org admin adds members; tokens are
 * issued and revoked by an org admin or by the member for itself.
 */
@RestController
@Tag(name = "Organizations", description = "Organizations, their members and personal access tokens.")
@RequestMapping("/api/v1/organizations")
class OrganizationController {

    private final CommandGateway commands;

    OrganizationController(CommandGateway commands) {
        this.commands = commands;
    }

    record CreateOrganizationRequest(@NotBlank @Size(max = 200) String name) {
    }

    record OrganizationCreatedResponse(UUID organizationId) {
    }

    record AddMemberRequest(
            @Schema(allowableValues = {"ORG_ADMIN", "COACH", "CANDIDATE", "ANALYST"}) @NotNull Role role,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Email @Size(max = 320) String email) {
    }

    record MemberAddedResponse(UUID memberId, UUID candidateId, UUID tokenId, String token) {
    }

    record IssueTokenRequest(@Size(max = 200) String name) {
    }

    record TokenIssuedResponse(UUID tokenId, String token) {
    }

    @Operation(operationId = "createOrganization", summary = "Create an organization",
            description = "Creates a tenant: a coaching organization or a lone job seeker's personal space. "
                    + "Platform admin only. Event: `OrganizationCreated`.")
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    OrganizationCreatedResponse create(@Valid @RequestBody CreateOrganizationRequest request) {
        OrganizationId organization = OrganizationId.random();
        commands.sendAndWait(new CreateOrganization(organization, request.name()));
        return new OrganizationCreatedResponse(organization.value());
    }

    @Operation(operationId = "addMember", summary = "Add a member, with a first personal access token",
            description = """
                    Adds a member in a role; a `CANDIDATE` member gets a candidate record (`candidateId`). The \
                    answer carries the member's first personal access token: shown this once, stored only as a \
                    hash; a repeat with the same `Idempotency-Key` answers without `token`, with \
                    `Idempotent-Withheld: token`. Platform admin or org admin. Events: `MemberAdded` (and \
                    `CandidateRegistered`).""")
    @PostMapping("/{organizationId}/members")
    @ResponseStatus(HttpStatus.ACCEPTED)
    MemberAddedResponse addMember(@PathVariable UUID organizationId, @Valid @RequestBody AddMemberRequest request,
                                  @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        if (!request.role().isMemberRole()) {
            throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, Problems.invalid(
                    HttpStatus.UNPROCESSABLE_ENTITY, "The platform admin is no member's role.", List.of(
                            new Problems.FieldError("role", "must be one of ORG_ADMIN, COACH, CANDIDATE, ANALYST"))),
                    null);
        }
        OrganizationId organization = OrganizationId.of(organizationId);
        MemberId member = MemberId.random();
        CandidateId candidate = request.role() == Role.CANDIDATE ? CandidateId.random() : null;
        commands.sendAndWait(new AddMember(organization, member, request.role(), request.displayName(),
                request.email(), candidate));
        IssuedToken token = commands.sendAndWait(new IssueToken(organization, member, "first token",
                Callers.of(principal)));
        return new MemberAddedResponse(member.value(), candidate == null ? null : candidate.value(), token.tokenId(),
                token.token());
    }

    @Operation(operationId = "issueToken", summary = "Issue a personal access token",
            description = "Issues another token for the member; shown this once (a repeat with the same "
                    + "`Idempotency-Key` answers without `token`, with `Idempotent-Withheld: token`). Who issued it is "
                    + "recorded and listed with the candidate's tokens. The member itself (or the platform admin); "
                    + "an org admin hands over only a new member's first token, with the member (403 otherwise).")
    @PostMapping("/{organizationId}/members/{memberId}/tokens")
    @ResponseStatus(HttpStatus.ACCEPTED)
    TokenIssuedResponse issueToken(@PathVariable UUID organizationId, @PathVariable UUID memberId,
                                   @Valid @RequestBody(required = false) IssueTokenRequest request,
                                   @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        IssuedToken token = commands.sendAndWait(new IssueToken(OrganizationId.of(organizationId),
                MemberId.of(memberId), request == null ? null : request.name(), Callers.of(principal)));
        return new TokenIssuedResponse(token.tokenId(), token.token());
    }

    @Operation(operationId = "revokeToken", summary = "Revoke a personal access token",
            description = "The token stops working at once. Org admin, or the member itself.")
    @DeleteMapping("/{organizationId}/members/{memberId}/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeToken(@PathVariable UUID organizationId, @PathVariable UUID memberId, @PathVariable UUID tokenId) {
        commands.sendAndWait(new RevokeToken(OrganizationId.of(organizationId), MemberId.of(memberId), tokenId));
    }
}
