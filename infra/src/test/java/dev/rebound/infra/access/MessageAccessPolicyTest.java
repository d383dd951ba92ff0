package dev.rebound.infra.access;

import dev.rebound.api.access.Caller;
import dev.rebound.api.access.Forbidden;
import dev.rebound.api.access.Sender;
import dev.rebound.api.access.SystemActor;
import dev.rebound.api.access.SystemCaller;
import dev.rebound.api.admin.command.ReplayReadModel;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.NotFound;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.organization.query.AuthenticateToken;
import dev.rebound.api.organization.query.FindCandidateAccess;
import dev.rebound.api.organization.query.FindCoachCandidates;
import dev.rebound.api.tone.query.CheckTone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The decisions of the access policy that need no look-up: what fails closed (no sender, no rule, a system actor
 * beyond its list, a person sending an internal look-up) and the rules on roles alone. The decisions that look up a
 * candidate or an application run on PostgreSQL in web's {@code AccessMatrixHttpTest}, every endpoint × every caller.
 */
class MessageAccessPolicyTest {

    /** No look-up is reached in these cases: the policy has no access model, tokens or log to ask. */
    private final MessageAccessPolicy policy = new MessageAccessPolicy(null, null, null);

    private final OrganizationId organization = OrganizationId.random();

    private Caller person(Role role) {
        return new Caller("someone", organization, role, role == Role.PLATFORM_ADMIN ? null : MemberId.random(),
                role == Role.CANDIDATE ? CandidateId.random() : null);
    }

    @Test
    void aMessageWithoutASenderIsRefused() {
        assertThatThrownBy(() -> policy.decide(new CheckTone("Thank you"), null))
                .isInstanceOf(Forbidden.class).hasMessageContaining("no sender");
    }

    @Test
    void aMessageThatNamesNoRuleIsRefusedEvenForThePlatformAdmin() {
        assertThatThrownBy(() -> policy.decide("an unguarded payload", person(Role.PLATFORM_ADMIN)))
                .isInstanceOf(Forbidden.class).hasMessageContaining("names no access rule");
    }

    @Test
    void aSystemActorSendsOnlyWhatItsActorLists() {
        assertThat(policy.decide(new AuthenticateToken("rbt_x"), SystemCaller.of(SystemActor.AUTHENTICATION)))
                .isNotNull();
        assertThatThrownBy(() -> policy.decide(new ReplayReadModel("timeline"),
                SystemCaller.of(SystemActor.AUTHENTICATION))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> policy.decide(new CreateOrganization(OrganizationId.random(), "Other"),
                SystemCaller.of(SystemActor.REJECTION_NOTICES))).isInstanceOf(Forbidden.class);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void nobodySignedInSendsAnInternalLookUp(Role role) {
        assertThatThrownBy(() -> policy.decide(new FindCandidateAccess(organization, CandidateId.random()),
                person(role))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> policy.decide(new AuthenticateToken("rbt_x"), person(role)))
                .isInstanceOf(NotFound.class);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "PLATFORM_ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyThePlatformAdminRunsThePlatformTheOthersAreToldNothingIsThere(Role role) {
        assertThatThrownBy(() -> policy.decide(new ReplayReadModel("timeline"), person(role)))
                .isInstanceOf(NotFound.class);
        assertThat(policy.decide(new ReplayReadModel("timeline"), person(Role.PLATFORM_ADMIN))).isNotNull();
    }

    @Test
    void aCoachsOwnListIsTheCoachsAloneAnyoneElseIsForbidden() {
        Caller coach = person(Role.COACH);
        assertThat(policy.decide(new FindCoachCandidates(organization, coach.memberId()), coach)).isNotNull();
        assertThatThrownBy(() -> policy.decide(new FindCoachCandidates(organization, MemberId.random()), coach))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> policy.decide(new FindCoachCandidates(OrganizationId.random(), coach.memberId()),
                coach)).isInstanceOf(NotFound.class);
        Caller admin = person(Role.ORG_ADMIN);
        assertThatThrownBy(() -> policy.decide(new FindCoachCandidates(organization, admin.memberId()), admin))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void aSenderTravelsAsPlainStringsAndAnUnreadableOneIsNone() {
        Caller candidate = person(Role.CANDIDATE);
        assertThat(Sender.fromMetaData(candidate.toMetaData())).contains(candidate);
        SystemCaller demo = new SystemCaller(SystemActor.DEMO, organization);
        assertThat(Sender.fromMetaData(demo.toMetaData())).contains(demo);
        assertThat(Sender.fromMetaData(Map.of(Sender.KIND, "caller", Sender.ORGANIZATION, "not-an-id",
                Sender.ROLE, "ORG_ADMIN"))).isEmpty();
        assertThat(Sender.fromMetaData(Map.of(Sender.KIND, "caller", Sender.ORGANIZATION,
                organization.value().toString(), Sender.ROLE, "SUPERUSER"))).isEmpty();
        assertThat(Sender.fromMetaData(Map.of())).isEmpty();
    }
}
