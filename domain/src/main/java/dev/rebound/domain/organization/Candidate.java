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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import static dev.rebound.domain.common.Rules.requirePresent;
import static dev.rebound.domain.common.Rules.requireSameOrganization;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A job seeker's record in their organization: which member they are, which coaches are assigned to them, and
 * whether they let those coaches see their data (no access until they say so; revocable at any time).
 */
public class Candidate {

    @AggregateIdentifier
    private CandidateId candidateId;
    private OrganizationId organizationId;
    private final Set<MemberId> coaches = new HashSet<>();
    private boolean coachAccess;
    private boolean erased;

    protected Candidate() {
        // for Axon: rebuilt from its events, or registered with its member
    }

    /** Called when a CANDIDATE member joins; a candidate id is used once. */
    void register(AddMember member) {
        if (candidateId != null) {
            throw new RuleViolation("candidate-exists", "Candidate " + member.candidateId()
                    + " exists already; a new candidate member needs a new candidate id.");
        }
        apply(new CandidateRegistered(member.candidateId(), member.organizationId(), member.memberId(),
                member.displayName().strip()));
    }

    @CommandHandler
    public void handle(AssignCoach command, Members members) {
        requireSameOrganization(organizationId, command.organizationId(), candidateId, "candidate");
        requirePresent(command.coachMemberId(), "coachMemberId");
        if (members.roleOf(organizationId, command.coachMemberId()).filter(Role.COACH::equals).isEmpty()) {
            throw new RuleViolation("not-a-coach", "Member " + command.coachMemberId()
                    + " is not a coach of this organization; add them as a COACH member first.");
        }
        if (!coaches.contains(command.coachMemberId())) {
            apply(new CoachAssigned(candidateId, organizationId, command.coachMemberId()));
        }
    }

    @CommandHandler
    public void handle(SetCoachAccess command) {
        requireSameOrganization(organizationId, command.organizationId(), candidateId, "candidate");
        if (command.granted() && !coachAccess) {
            apply(new CoachAccessGranted(candidateId, organizationId));
        } else if (!command.granted() && coachAccess) {
            apply(new CoachAccessRevoked(candidateId, organizationId));
        }
    }

    /**
     * Erases the key of the candidate's personal data in this transaction, then records that it happened. A second
     * erasure finds nothing left to erase. A candidate of the default organization may have no record (the platform
     * admin records their data directly); their erasure starts one.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ErasePersonalData command, PersonalDataKeys keys, Clock clock) {
        if (candidateId != null) {
            requireSameOrganization(organizationId, command.organizationId(), candidateId, "candidate");
        }
        if (erased) {
            return;
        }
        keys.erase(command.candidateId().value());
        apply(new PersonalDataErased(command.candidateId(), command.organizationId(), clock.instant()));
    }

    @EventSourcingHandler
    void on(CandidateRegistered event) {
        candidateId = event.candidateId();
        organizationId = event.organizationId();
    }

    @EventSourcingHandler
    void on(CoachAssigned event) {
        coaches.add(event.coachMemberId());
    }

    @EventSourcingHandler
    void on(CoachAccessGranted event) {
        coachAccess = true;
    }

    @EventSourcingHandler
    void on(CoachAccessRevoked event) {
        coachAccess = false;
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        candidateId = event.candidateId();
        organizationId = event.organizationId();
        erased = true;
    }
}
