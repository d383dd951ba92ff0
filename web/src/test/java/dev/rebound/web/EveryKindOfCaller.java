package dev.rebound.web;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.IssuedToken;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.AssignCoach;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.organization.command.IssueToken;
import dev.rebound.api.organization.command.SetCoachAccess;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A caller of every kind and the data they aim at, in two organizations, for the tests that try every caller on
 * every endpoint ({@link AccessMatrixHttpTest}, {@link HostileRequestSuiteHttpTest}). Built by commands, so that
 * what the tests send over HTTP is the only traffic under test.
 *
 * <p>Callers ({@link #CALLERS}): the platform admin by the bootstrap token, the rest by personal access tokens. The
 * platform admin's (default) organization {@code org} holds the org admin, the coaches, the analyst and the candidate
 * caller; the other organization {@code otherOrg} holds the foreign admin and the foreign candidate.
 *
 * <p>Targets. Candidates: "ada" is the candidate caller herself, assigned to coachWithConsent and consenting; "bob" is
 * in the same organization, assigned to coachWithoutConsent, and never consents; "eve" is the foreign candidate
 * herself, in the other organization. Each has one tracked application at an employer. Organizations: "org" and
 * "otherOrg". Members: "self" (the caller), "orgMember" (another member of org), "foreignMember" (a member of
 * otherOrg).
 */
final class EveryKindOfCaller {

    /** Every kind of caller, by name. */
    static final List<String> CALLERS = List.of("platformAdmin", "orgAdmin", "coachWithConsent",
            "coachWithoutConsent", "unassignedCoach", "candidate", "analyst", "foreignAdmin", "foreignCandidate");

    /** A caller: their token, and who they are (the platform admin is no member). */
    record Caller(String token, ApiClient api, OrganizationId organization, MemberId member) {
    }

    /** A candidate as a target: their own client prepares data for them, as they would. */
    record Target(CandidateId id, ApiClient own, MemberId coach, boolean consents, String employerId,
                  String application) {
    }

    private final int port;
    private final CommandGateway commands;
    private final OrganizationId org = OrganizationId.of(UUID.fromString(ReboundHttpTest.DEFAULT_ORGANIZATION));
    private final OrganizationId otherOrg = OrganizationId.random();
    private final Map<String, Caller> callers = new LinkedHashMap<>();
    private final Map<String, Target> candidates = new LinkedHashMap<>();
    private final Map<String, MemberId> members = new HashMap<>();
    private final MemberId coachWithConsent;

    /** Creates the other organization, every caller and every target. */
    EveryKindOfCaller(int port, CommandGateway commands) {
        this.port = port;
        this.commands = commands;
        commands.sendAndWait(new CreateOrganization(otherOrg, "Southside"));
        callers.put("platformAdmin", new Caller(ReboundHttpTest.TOKEN, new ApiClient(port, ReboundHttpTest.TOKEN),
                org, null));
        member(org, Role.ORG_ADMIN, null, "orgAdmin");
        coachWithConsent = member(org, Role.COACH, null, "coachWithConsent");
        MemberId coachWithoutConsent = member(org, Role.COACH, null, "coachWithoutConsent");
        member(org, Role.COACH, null, "unassignedCoach");
        member(org, Role.ANALYST, null, "analyst");
        CandidateId ada = CandidateId.random();
        member(org, Role.CANDIDATE, ada, "candidate");
        member(otherOrg, Role.ORG_ADMIN, null, "foreignAdmin");
        MemberId foreignCoach = member(otherOrg, Role.COACH, null, null);
        CandidateId eve = CandidateId.random();
        member(otherOrg, Role.CANDIDATE, eve, "foreignCandidate");
        CandidateId bob = CandidateId.random();
        member(org, Role.CANDIDATE, bob, "bob");
        members.put("orgMember", member(org, Role.ANALYST, null, null));
        members.put("foreignMember", member(otherOrg, Role.ANALYST, null, null));

        commands.sendAndWait(new AssignCoach(ada, org, coachWithConsent));
        commands.sendAndWait(new SetCoachAccess(ada, org, true));
        commands.sendAndWait(new AssignCoach(bob, org, coachWithoutConsent)); // Bob never consents
        candidates.put("ada", target(ada, callers.get("candidate").api(), coachWithConsent, true));
        candidates.put("bob", target(bob, callers.remove("bob").api(), coachWithoutConsent, false));
        candidates.put("eve", target(eve, callers.get("foreignCandidate").api(), foreignCoach, false));
    }

    /**
     * Adds a member; with a caller name, issues them a token and registers them as that caller (a test may take
     * the caller out again with {@code callers().remove(name)}).
     */
    MemberId member(OrganizationId organization, Role role, CandidateId candidate, String caller) {
        MemberId member = MemberId.random();
        commands.sendAndWait(new AddMember(organization, member, role, role.name(),
                member + "@matrix.example", candidate));
        if (caller != null) {
            IssuedToken token = commands.sendAndWait(new IssueToken(organization, member, "matrix"));
            callers.put(caller, new Caller(token.token(), new ApiClient(port, token.token()), organization, member));
        }
        return member;
    }

    private Target target(CandidateId candidate, ApiClient own, MemberId coach, boolean consents) {
        String appliedOn = LocalDate.now(ZoneOffset.UTC).minusDays(20).toString();
        var tracked = own.accepted("/api/v1/candidates/" + candidate + "/applications",
                "{\"employerName\": \"Acme\", \"roleTitle\": \"Analyst\", \"appliedOn\": \"" + appliedOn + "\"}");
        return new Target(candidate, own, coach, consents, tracked.get("employerId").asString(),
                tracked.get("applicationId").asString());
    }

    /** The callers by name, in the order of {@link #CALLERS}. */
    Map<String, Caller> callers() {
        return callers;
    }

    /** The candidates "ada", "bob" and "eve". */
    Map<String, Target> candidates() {
        return candidates;
    }

    /** The members "orgMember" and "foreignMember". */
    Map<String, MemberId> members() {
        return members;
    }

    /** The platform admin's (default) organization. */
    OrganizationId org() {
        return org;
    }

    /** The other organization. */
    OrganizationId otherOrg() {
        return otherOrg;
    }

    /** The organization target "org" or "otherOrg". */
    OrganizationId organization(String target) {
        return target.equals("org") ? org : otherOrg;
    }

    /** The coach ada consents to. */
    MemberId coachWithConsent() {
        return coachWithConsent;
    }

    /** A member target's organization: the caller's own for "self". */
    OrganizationId memberOrganization(String caller, String target) {
        return target.equals("self") ? callers.get(caller).organization()
                : target.equals("orgMember") ? org : otherOrg;
    }

    /** A member target: the caller itself for "self" (null for the platform admin, who is no member). */
    MemberId member(String caller, String target) {
        return target.equals("self") ? callers.get(caller).member() : members.get(target);
    }

    /** {@code /api/v1/organizations/{organizationId}/members/{memberId}/tokens} of a member target. */
    String tokensPath(String caller, String target) {
        return "/api/v1/organizations/" + memberOrganization(caller, target) + "/members/" + member(caller, target)
                + "/tokens";
    }
}
