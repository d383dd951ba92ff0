package dev.rebound.infra.organization;

import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.MemberRecord;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.AssignCoach;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.organization.CandidateAccess;
import dev.rebound.api.organization.CoachCandidate;
import dev.rebound.api.organization.CoachCandidates;
import dev.rebound.api.organization.command.SetCoachAccess;
import dev.rebound.api.organization.query.FindApplicationCandidate;
import dev.rebound.infra.access.AccessQueries;
import dev.rebound.api.organization.query.FindCandidateAccess;
import dev.rebound.api.organization.query.FindCandidateOrganization;
import dev.rebound.api.organization.query.FindCoachCandidates;
import dev.rebound.api.organization.query.FindMemberByEmail;
import dev.rebound.infra.InfraTestApplication;
import dev.rebound.testsupport.PostgresDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Organizations, members and candidate records wired together through Axon on PostgreSQL. */
@SpringBootTest(classes = InfraTestApplication.class)
@PostgresDatabase
class OrganizationsIntegrationTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QueryGateway queries;

    /** The access look-ups are internal (no one may send them over the bus): asked of the bean, as the policy does. */
    @Autowired
    AccessQueries accessModel;

    private List<String> events(Object aggregateId) {
        return jdbc.sql("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "ORDER BY sequence_number")
                .param(aggregateId.toString()).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    @Test
    void aCandidateMemberGetsItsCandidateRecordWhichCoachesReachOnlyAsAssigned() {
        OrganizationId org = OrganizationId.random();
        MemberId coach = MemberId.random();
        MemberId analyst = MemberId.random();
        CandidateId candidate = CandidateId.random();
        commands.sendAndWait(new CreateOrganization(org, "Northside Career Services"));
        commands.sendAndWait(new AddMember(org, coach, Role.COACH, "Grace", "grace@example.org", null));
        commands.sendAndWait(new AddMember(org, analyst, Role.ANALYST, "Alan", "alan@example.org", null));
        commands.sendAndWait(new AddMember(org, MemberId.random(), Role.CANDIDATE, "Ada", "ada@example.org",
                candidate));

        commands.sendAndWait(new AssignCoach(candidate, org, coach));
        commands.sendAndWait(new SetCoachAccess(candidate, org, true));

        assertThatThrownBy(() -> commands.sendAndWait(new AssignCoach(candidate, org, analyst)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("is not a coach");
        assertThat(events(org)).containsExactly("OrganizationCreated", "MemberAdded", "MemberAdded", "MemberAdded");
        CandidateAccess access = Optional.ofNullable(accessModel.handle(new FindCandidateAccess(org, candidate))).orElseThrow();
        assertThat(access.visibleToCoach(coach)).isTrue();
        assertThat(access.visibleToCoach(analyst)).isFalse();
        commands.sendAndWait(new SetCoachAccess(candidate, org, false));
        assertThat(Optional.ofNullable(accessModel.handle(new FindCandidateAccess(org, candidate))).orElseThrow().visibleToCoach(coach))
                .as("revoked consent counts as soon as the command returns").isFalse();
        assertThat(Optional.ofNullable(accessModel.handle(new FindCandidateAccess(OrganizationId.random(), candidate)))).as("another tenant").isEmpty();
        assertThat(events(candidate)).containsExactly("CandidateRegistered", "CoachAssigned", "CoachAccessGranted",
                "CoachAccessRevoked");
    }

    @Test
    void aCandidateIdCannotBeTakenTwiceAndNothingOfTheSecondMemberIsStored() {
        OrganizationId org = OrganizationId.random();
        CandidateId candidate = CandidateId.random();
        commands.sendAndWait(new CreateOrganization(org, "Bootcamp"));
        commands.sendAndWait(new AddMember(org, MemberId.random(), Role.CANDIDATE, "Ada", "ada@example.org",
                candidate));

        assertThatThrownBy(() -> commands.sendAndWait(new AddMember(org, MemberId.random(), Role.CANDIDATE, "Bob",
                "bob@example.org", candidate))).isInstanceOf(RuleViolation.class);

        assertThat(events(org)).containsExactly("OrganizationCreated", "MemberAdded");
    }

    @Test
    void aCandidateRecordNamesItsOrganizationAndAnIdWithoutARecordNone() {
        OrganizationId org = OrganizationId.random();
        CandidateId candidate = CandidateId.random();
        commands.sendAndWait(new CreateOrganization(org, "Outplacement"));
        commands.sendAndWait(new AddMember(org, MemberId.random(), Role.CANDIDATE, "Ada", "ada@example.org",
                candidate));

        assertThat(Optional.ofNullable(accessModel.handle(new FindCandidateOrganization(candidate)))).contains(org);
        assertThat(Optional.ofNullable(accessModel.handle(new FindCandidateOrganization(CandidateId.random())))).isEmpty();
    }

    @Test
    void anApplicationNamesItsCandidateToItsOwnOrganizationOnly() {
        OrganizationId org = OrganizationId.random();
        CandidateId candidate = CandidateId.random();
        ApplicationId application = ApplicationId.random();
        commands.sendAndWait(new TrackApplication(application, org, candidate,
                EmployerId.forCandidate(candidate, "Acme"), "Acme", "Analyst", null, null, null));

        assertThat(Optional.ofNullable(accessModel.handle(new FindApplicationCandidate(org, application)))).contains(candidate);
        assertThat(Optional.ofNullable(accessModel.handle(new FindApplicationCandidate(OrganizationId.random(), application)))).isEmpty();
        assertThat(Optional.ofNullable(accessModel.handle(new FindApplicationCandidate(org, ApplicationId.random())))).isEmpty();
    }

    @Test
    void aMemberIsFoundByEmailInTheirOwnOrganizationOnlyWhateverTheCase() {
        OrganizationId org = OrganizationId.random();
        MemberId coach = MemberId.random();
        MemberId adaMember = MemberId.random();
        CandidateId ada = CandidateId.random();
        commands.sendAndWait(new CreateOrganization(org, "Northside Career Services"));
        commands.sendAndWait(new AddMember(org, coach, Role.COACH, "Grace", "Grace.Hopper@Example.org", null));
        commands.sendAndWait(new AddMember(org, adaMember, Role.CANDIDATE, "Ada", "ada@example.org", ada));

        assertThat(memberByEmail(org, "grace.hopper@example.ORG"))
                .contains(new MemberRecord(org, coach, Role.COACH, null));
        assertThat(memberByEmail(org, "ada@example.org"))
                .contains(new MemberRecord(org, adaMember, Role.CANDIDATE, ada));
        assertThat(memberByEmail(org, "eve@example.org")).as("no such member").isEmpty();
        assertThat(memberByEmail(OrganizationId.random(), "ada@example.org")).as("another tenant").isEmpty();
        assertThat(memberByEmail(org, " ")).isEmpty();
    }

    private Optional<MemberRecord> memberByEmail(OrganizationId org, String email) {
        return queries.query(new FindMemberByEmail(org, email), ResponseTypes.optionalInstanceOf(MemberRecord.class))
                .join();
    }

    @Test
    void aCoachsCandidatesAreThoseAssignedToThemEachWithItsConsentAsOfNow() {
        OrganizationId org = OrganizationId.random();
        MemberId coach = MemberId.random();
        MemberId otherCoach = MemberId.random();
        CandidateId ada = CandidateId.random();
        CandidateId bob = CandidateId.random();
        CandidateId cleo = CandidateId.random();
        commands.sendAndWait(new CreateOrganization(org, "Northside Career Services"));
        commands.sendAndWait(new AddMember(org, coach, Role.COACH, "Grace", "grace@example.org", null));
        commands.sendAndWait(new AddMember(org, otherCoach, Role.COACH, "Hedy", "hedy@example.org", null));
        commands.sendAndWait(new AddMember(org, MemberId.random(), Role.CANDIDATE, "Ada", "ada@example.org", ada));
        commands.sendAndWait(new AddMember(org, MemberId.random(), Role.CANDIDATE, "Bob", "bob@example.org", bob));
        commands.sendAndWait(new AddMember(org, MemberId.random(), Role.CANDIDATE, "Cleo", "cleo@example.org", cleo));
        commands.sendAndWait(new AssignCoach(ada, org, coach));
        commands.sendAndWait(new SetCoachAccess(ada, org, true));
        commands.sendAndWait(new AssignCoach(bob, org, coach));
        commands.sendAndWait(new AssignCoach(cleo, org, otherCoach));
        commands.sendAndWait(new SetCoachAccess(cleo, org, true));

        assertThat(coachCandidates(org, coach)).containsExactly(new CoachCandidate(ada, "Ada", true),
                new CoachCandidate(bob, "Bob", false));
        commands.sendAndWait(new SetCoachAccess(ada, org, false));
        assertThat(coachCandidates(org, coach)).as("a consent revoked counts at once")
                .containsExactly(new CoachCandidate(ada, "Ada", false), new CoachCandidate(bob, "Bob", false));
        assertThat(coachCandidates(OrganizationId.random(), coach)).as("another organization").isEmpty();
        assertThat(coachCandidates(org, MemberId.random())).as("no such coach").isEmpty();
    }

    private List<CoachCandidate> coachCandidates(OrganizationId org, MemberId coach) {
        return queries.query(new FindCoachCandidates(org, coach), CoachCandidates.class).join().items();
    }
}
