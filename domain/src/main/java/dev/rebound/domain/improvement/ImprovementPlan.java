package dev.rebound.domain.improvement;

import dev.rebound.api.catalogue.WeaknessTaxonomy;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.api.improvement.ImprovementPlanId;
import dev.rebound.api.improvement.command.LogPracticeSession;
import dev.rebound.api.improvement.command.MarkWeaknessAddressed;
import dev.rebound.api.improvement.event.PracticeSessionLogged;
import dev.rebound.api.improvement.event.WeaknessMarkedAddressed;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.rebound.domain.common.Rules.blankToNull;
import static dev.rebound.domain.common.Rules.requireNotInFuture;
import static dev.rebound.domain.common.Rules.requirePresent;
import static dev.rebound.domain.common.Rules.requireSameOrganization;
import static dev.rebound.domain.common.Rules.requireWithin;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A candidate's work on their weaknesses: practice sessions that target them, and weaknesses judged addressed. */
public class ImprovementPlan {

    /** A practice session longer than a day is a typo, not dedication. */
    static final int MAX_MINUTES = 24 * 60;

    @AggregateIdentifier
    private ImprovementPlanId planId;
    private OrganizationId organizationId;
    private CandidateId candidateId;
    private final Set<Object> sessions = new HashSet<>();

    protected ImprovementPlan() {
        // for Axon: created by the first command, rebuilt from its events afterwards
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(LogPracticeSession command, Clock clock) {
        requireOwner(command.planId(), command.organizationId(), command.candidateId());
        requirePresent(command.sessionId(), "sessionId");
        requirePresent(command.heldOn(), "heldOn");
        requirePresent(command.type(), "type");
        requireNotInFuture(command.heldOn(), "heldOn", clock);
        if (command.minutes() < 1 || command.minutes() > MAX_MINUTES) {
            throw new RuleViolation("out-of-range",
                    "minutes must be between 1 and " + MAX_MINUTES + ", not " + command.minutes() + ".");
        }
        requireWithin(command.selfRating(), 1, 5, "selfRating");
        List<String> weaknesses = command.weaknesses() == null ? List.of() : List.copyOf(command.weaknesses());
        weaknesses.forEach(ImprovementPlan::requireKnownWeakness);
        if (sessions.contains(command.sessionId())) {
            throw new RuleViolation("duplicate-session", "Practice session " + command.sessionId()
                    + " is logged already.");
        }
        apply(new PracticeSessionLogged(command.planId(), command.organizationId(), command.candidateId(),
                command.sessionId(), command.heldOn(), command.type(), command.minutes(), weaknesses,
                command.selfRating(), blankToNull(command.notes())));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(MarkWeaknessAddressed command) {
        requireOwner(command.planId(), command.organizationId(), command.candidateId());
        requireKnownWeakness(command.weakness());
        apply(new WeaknessMarkedAddressed(command.planId(), command.organizationId(), command.candidateId(),
                command.weakness(), blankToNull(command.note())));
    }

    @EventSourcingHandler
    void on(PracticeSessionLogged event) {
        remember(event.planId(), event.organizationId(), event.candidateId());
        sessions.add(event.sessionId());
    }

    @EventSourcingHandler
    void on(WeaknessMarkedAddressed event) {
        remember(event.planId(), event.organizationId(), event.candidateId());
    }

    private void remember(ImprovementPlanId plan, OrganizationId organization, CandidateId candidate) {
        planId = plan;
        organizationId = organization;
        candidateId = candidate;
    }

    /** A new plan belongs to whoever starts it; an existing one answers others as if it did not exist. */
    private void requireOwner(ImprovementPlanId plan, OrganizationId organization, CandidateId candidate) {
        requirePresent(organization, "organizationId");
        requirePresent(candidate, "candidateId");
        if (!ImprovementPlanId.forCandidate(candidate).equals(plan)) {
            throw new AggregateNotFoundException(String.valueOf(plan), "No improvement plan " + plan);
        }
        requireSameOrganization(organizationId, organization, plan, "improvement plan");
    }

    private static void requireKnownWeakness(String key) {
        if (!WeaknessTaxonomy.standard().contains(key)) {
            throw new RuleViolation("unknown-weakness", "'" + key + "' is not in the weakness taxonomy; use a key "
                    + "from GET /api/v1/catalogue/weaknesses.");
        }
    }
}
