package dev.rebound.domain.organization;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.organization.event.MemberAdded;
import dev.rebound.api.organization.event.OrganizationCreated;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Organizations and their members. */
class OrganizationTest {

    private static final OrganizationId ORG = OrganizationId.random();
    private static final MemberId MEMBER = MemberId.random();
    private static final CandidateId CANDIDATE = CandidateId.random();

    private final AggregateTestFixture<Organization> fixture = new AggregateTestFixture<>(Organization.class);
    private final List<AddMember> registered = new ArrayList<>();

    OrganizationTest() {
        fixture.registerInjectableResource((Candidates) registered::add);
    }

    private static OrganizationCreated created() {
        return new OrganizationCreated(ORG, "Northside Career Services");
    }

    private static MemberAdded added(MemberId member, Role role, String email, CandidateId candidate) {
        return new MemberAdded(ORG, member, role, "Ada Lovelace", email, candidate);
    }

    @Test
    void canCreateAnOrganization() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganization(ORG, "  Northside Career Services "))
                .expectEvents(created());
    }

    @Test
    void cannotCreateAnOrganizationWithoutName() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganization(ORG, " "))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void canAddACandidateMemberWhoGetsACandidateRecord() {
        AddMember command = new AddMember(ORG, MEMBER, Role.CANDIDATE, " Ada Lovelace ", "ada@example.org", CANDIDATE);
        fixture.given(created())
                .when(command)
                .expectEvents(added(MEMBER, Role.CANDIDATE, "ada@example.org", CANDIDATE));
        assertThat(registered).containsExactly(command);
    }

    @Test
    void canAddACoachWithoutCandidateRecord() {
        fixture.given(created())
                .when(new AddMember(ORG, MEMBER, Role.COACH, "Grace Hopper", "grace@example.org", null))
                .expectEvents(new MemberAdded(ORG, MEMBER, Role.COACH, "Grace Hopper", "grace@example.org", null));
        assertThat(registered).isEmpty();
    }

    @Test
    void cannotAddTwoMembersWithOneEmailAddress() {
        fixture.given(created(), added(MemberId.random(), Role.COACH, "Ada@Example.org", null))
                .when(new AddMember(ORG, MEMBER, Role.ANALYST, "Ada", "ada@example.org", null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotAddAMemberWithSomethingElseThanAnEmailAddress() {
        fixture.given(created())
                .when(new AddMember(ORG, MEMBER, Role.ANALYST, "Ada", "Ada Lovelace", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("'Ada Lovelace' is not an e-mail address.");
    }

    @Test
    void noMemberIsAPlatformAdmin() {
        fixture.given(created())
                .when(new AddMember(ORG, MEMBER, Role.PLATFORM_ADMIN, "Ada", "ada@example.org", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("No member is a PLATFORM_ADMIN; give one of ORG_ADMIN, COACH, ANALYST or "
                        + "CANDIDATE.")
                .expectNoEvents();
    }

    @Test
    void cannotAddACandidateMemberWithoutCandidateId() {
        fixture.given(created())
                .when(new AddMember(ORG, MEMBER, Role.CANDIDATE, "Ada", "ada@example.org", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("A candidate member needs a candidate id.");
    }

    @Test
    void cannotGiveAnotherRoleACandidateRecord() {
        fixture.given(created())
                .when(new AddMember(ORG, MEMBER, Role.COACH, "Ada", "ada@example.org", CANDIDATE))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotAddAMemberWithoutRole() {
        fixture.given(created())
                .when(new AddMember(ORG, MEMBER, null, "Ada", "ada@example.org", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("role is required.");
    }

    @Test
    void knowsTheRoleOfEachMember() {
        MemberId coach = MemberId.random();
        fixture.given(created(), added(coach, Role.COACH, "coach@example.org", null))
                .whenInvoking(ORG.toString(), organization -> {
                    assertThat(organization.roleOf(coach)).contains(Role.COACH);
                    assertThat(organization.roleOf(MemberId.random())).isEmpty();
                })
                .expectNoEvents();
    }
}
