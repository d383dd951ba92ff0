package dev.rebound.web.ui.organization;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.IssuedToken;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.IssueToken;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import dev.rebound.web.security.UiPages;
import dev.rebound.web.ui.UiCommands;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.UUID;

/**
 * Adding a candidate to the organization, for its admins: a {@code CANDIDATE} member, with the commands of
 * {@code POST /api/v1/organizations/{orgId}/members}. The member gets a candidate record and a first personal access
 * token, which the answer shows this once (it is stored only as a hash), with a link to the new candidate's
 * dashboard. An org admin adds to their organization; the platform admin to the default organization they act in.
 */
@Controller
@RequestMapping(UiPages.CANDIDATES + "/new")
class AddCandidateController {

    static final String VIEW = "organization/add-candidate";

    private final UiCommands commands;

    AddCandidateController(UiCommands commands) {
        this.commands = commands;
    }

    /** The new member, with the token they sign in with, shown this once. */
    record Added(String displayName, String email, UUID candidateId, String token) {
    }

    @GetMapping
    String newCandidate(Model model) {
        model.addAttribute("form", new AddCandidateForm());
        return VIEW;
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") AddCandidateForm form, BindingResult errors,
               @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model,
               HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return VIEW;
        }
        Caller caller = Callers.of(principal);
        OrganizationId organization = caller.organizationId();
        MemberId member = MemberId.random();
        CandidateId candidate = CandidateId.random();
        String displayName = form.getDisplayName().strip();
        String email = form.getEmail().strip();
        commands.send(new AddMember(organization, member, Role.CANDIDATE, displayName, email, candidate), errors);
        IssuedToken token = errors.hasErrors() ? null
                : commands.send(new IssueToken(organization, member, "first token", caller), errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return VIEW;
        }
        // the token is in this answer only: nothing may keep it
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("added", new Added(displayName, email, candidate.value(), token.token()));
        model.addAttribute("form", new AddCandidateForm());
        return VIEW;
    }
}
