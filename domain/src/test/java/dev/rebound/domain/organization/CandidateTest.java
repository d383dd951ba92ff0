package dev.rebound.domain.organization;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.AssignCoach;
import dev.rebound.api.organization.command.ErasePersonalData;
import dev.rebound.api.organization.command.SetCoachAccess;
import dev.rebound.api.organization.event.CandidateRegistered;
import dev.rebound.api.organization.event.CoachAccessGranted;
import dev.rebound.api.organization.event.CoachAccessRevoked;
import dev.rebound.api.organization.event.CoachAssigned;
import dev.rebound.api.organization.event.PersonalDataErased;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A candidate's record: coaches assigned to them, and their revocable consent. */
class CandidateTest {

    private static final OrganizationId ORG = OrganizationId.random();
    private static final CandidateId CANDIDATE = CandidateId.random();
    private static final MemberId MEMBER = MemberId.random();
    private static final MemberId COACH = MemberId.random();

    private final AggregateTestFixture<Candidate> fixture = new AggregateTestFixture<>(Candidate.class);
    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

    private final Map<MemberId, Role> roles = new HashMap<>(Map.of(COACH, Role.COACH));
    private final List<UUID> erasedKeys = new ArrayList<>();

    CandidateTest() {
        fixture.registerInjectableResource((PersonalDataKeys) erasedKeys::add);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((Members) (organization, member) ->
                organization.equals(ORG) ? Optional.ofNullable(roles.get(member)) : Optional.empty());
    }

    private static CandidateRegistered registered() {
        return new CandidateRegistered(CANDIDATE, ORG, MEMBER, "Ada Lovelace");
    }

    @Test
    void aCandidateMemberIsRegistered() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> {
                    Candidate candidate = new Candidate();
                    candidate.register(new AddMember(ORG, MEMBER, Role.CANDIDATE, " Ada Lovelace ", "ada@example.org",
                            CANDIDATE));
                    return candidate;
                })
                .expectEvents(registered());
    }

    @Test
    void aCandidateIdIsUsedOnce() {
        fixture.given(registered())
                .whenInvoking(CANDIDATE.toString(), candidate -> candidate.register(new AddMember(ORG,
                        MemberId.random(), Role.CANDIDATE, "Someone", "someone@example.org", CANDIDATE)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void canAssignACoach() {
        fixture.given(registered())
                .when(new AssignCoach(CANDIDATE, ORG, COACH))
                .expectEvents(new CoachAssigned(CANDIDATE, ORG, COACH));
    }

    @Test
    void assigningTheSameCoachTwiceChangesNothing() {
        fixture.given(registered(), new CoachAssigned(CANDIDATE, ORG, COACH))
                .when(new AssignCoach(CANDIDATE, ORG, COACH))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotAssignAMemberWhoIsNoCoach() {
        MemberId analyst = MemberId.random();
        roles.put(analyst, Role.ANALYST);
        fixture.given(registered())
                .when(new AssignCoach(CANDIDATE, ORG, analyst))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Member " + analyst + " is not a coach of this organization; "
                        + "add them as a COACH member first.");
    }

    @Test
    void cannotAssignACoachToAnotherOrganizationsCandidate() {
        fixture.given(registered())
                .when(new AssignCoach(CANDIDATE, OrganizationId.random(), COACH))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void canGrantCoachAccess() {
        fixture.given(registered())
                .when(new SetCoachAccess(CANDIDATE, ORG, true))
                .expectEvents(new CoachAccessGranted(CANDIDATE, ORG));
    }

    @Test
    void canRevokeCoachAccess() {
        fixture.given(registered(), new CoachAccessGranted(CANDIDATE, ORG))
                .when(new SetCoachAccess(CANDIDATE, ORG, false))
                .expectEvents(new CoachAccessRevoked(CANDIDATE, ORG));
    }

    @Test
    void revokingAccessNeverGrantedChangesNothing() {
        fixture.given(registered())
                .when(new SetCoachAccess(CANDIDATE, ORG, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotChangeAnotherOrganizationsCandidatesConsent() {
        fixture.given(registered())
                .when(new SetCoachAccess(CANDIDATE, OrganizationId.random(), true))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void erasingPersonalDataErasesTheKeyAndRecordsIt() {
        fixture.given(registered(), new CoachAccessGranted(CANDIDATE, ORG))
                .when(new ErasePersonalData(CANDIDATE, ORG))
                .expectEvents(new PersonalDataErased(CANDIDATE, ORG, NOW));
        assertThat(erasedKeys).containsExactly(CANDIDATE.value());
    }

    @Test
    void erasingTwiceChangesNothing() {
        fixture.given(registered(), new PersonalDataErased(CANDIDATE, ORG, NOW))
                .when(new ErasePersonalData(CANDIDATE, ORG))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertThat(erasedKeys).isEmpty();
    }

    @Test
    void aCandidateWithoutRecordCanBeErasedInTheirOrganization() {
        fixture.givenNoPriorActivity()
                .when(new ErasePersonalData(CANDIDATE, ORG))
                .expectEvents(new PersonalDataErased(CANDIDATE, ORG, NOW));
        assertThat(erasedKeys).containsExactly(CANDIDATE.value());
    }

    @Test
    void cannotEraseAnotherOrganizationsCandidate() {
        fixture.given(registered())
                .when(new ErasePersonalData(CANDIDATE, OrganizationId.random()))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
        assertThat(erasedKeys).isEmpty();
    }
}
