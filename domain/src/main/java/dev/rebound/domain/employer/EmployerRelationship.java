package dev.rebound.domain.employer;

import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.api.common.ToneWarning;
import dev.rebound.api.employer.ContactDirection;
import dev.rebound.api.employer.ContactReceipt;
import dev.rebound.api.employer.command.LogEmployerContact;
import dev.rebound.api.employer.command.SetDoNotContact;
import dev.rebound.api.employer.event.DoNotContactLifted;
import dev.rebound.api.employer.event.DoNotContactSet;
import dev.rebound.api.employer.event.EmployerContacted;
import dev.rebound.api.employer.event.EmployerRelationshipStarted;
import dev.rebound.domain.policy.ToneCheck;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.rebound.domain.common.Rules.blankToNull;
import static dev.rebound.domain.common.Rules.requireNotInFuture;
import static dev.rebound.domain.common.Rules.requirePresent;
import static dev.rebound.domain.common.Rules.requireSameOrganization;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One candidate's relationship with one employer (matched by normalized name): every contact, with the tone of the
 * candidate's messages, and whether the employer may be contacted at all.
 */
public class EmployerRelationship {

    @AggregateIdentifier
    private EmployerId employerId;
    private OrganizationId organizationId;
    private CandidateId candidateId;
    private boolean doNotContact;
    private final Set<Object> contacts = new HashSet<>();

    protected EmployerRelationship() {
        // for Axon: rebuilt from its events, or started by the first application
    }

    /** Called for every tracked application; only the first one to this employer starts the relationship. */
    void noteApplication(TrackApplication application) {
        if (employerId == null) {
            apply(new EmployerRelationshipStarted(application.employerId(), application.organizationId(),
                    application.candidateId(), application.employerName().strip()));
        } else {
            requireOwner(application.organizationId(), application.candidateId());
        }
    }

    @CommandHandler
    public ContactReceipt handle(LogEmployerContact command, Clock clock) {
        requireOwner(command.organizationId(), command.candidateId());
        requirePresent(command.contactId(), "contactId");
        requirePresent(command.contactedAt(), "contactedAt");
        requirePresent(command.direction(), "direction");
        requirePresent(command.channel(), "channel");
        requirePresent(command.purpose(), "purpose");
        requireNotInFuture(command.contactedAt(), "contactedAt", clock);
        boolean outbound = command.direction() == ContactDirection.OUTBOUND;
        if (outbound && doNotContact) {
            throw new RuleViolation("do-not-contact",
                    "This employer is marked do-not-contact; lift the mark first if contact is welcome again.");
        }
        if (contacts.contains(command.contactId())) {
            throw new RuleViolation("duplicate-contact", "Contact " + command.contactId() + " is logged already.");
        }
        String message = blankToNull(command.message());
        // Only the candidate's own words are checked: what the employer wrote is theirs to phrase.
        List<ToneWarning> warnings = outbound ? ToneCheck.standard().check(message) : List.of();
        apply(new EmployerContacted(employerId, organizationId, candidateId, command.contactId(),
                command.contactedAt(), command.direction(), command.channel(), command.purpose(),
                blankToNull(command.contactName()), message, warnings));
        return new ContactReceipt(command.contactId(), warnings);
    }

    @CommandHandler
    public void handle(SetDoNotContact command) {
        requireOwner(command.organizationId(), command.candidateId());
        String reason = blankToNull(command.reason());
        if (command.doNotContact() && !doNotContact) {
            apply(new DoNotContactSet(employerId, organizationId, candidateId, reason));
        } else if (!command.doNotContact() && doNotContact) {
            apply(new DoNotContactLifted(employerId, organizationId, candidateId, reason));
        }
    }

    boolean doNotContact() {
        return doNotContact;
    }

    @EventSourcingHandler
    void on(EmployerRelationshipStarted event) {
        employerId = event.employerId();
        organizationId = event.organizationId();
        candidateId = event.candidateId();
    }

    @EventSourcingHandler
    void on(EmployerContacted event) {
        contacts.add(event.contactId());
    }

    @EventSourcingHandler
    void on(DoNotContactSet event) {
        doNotContact = true;
    }

    @EventSourcingHandler
    void on(DoNotContactLifted event) {
        doNotContact = false;
    }

    /** Another tenant's or another candidate's employer is answered exactly like one that does not exist. */
    private void requireOwner(OrganizationId organization, CandidateId candidate) {
        requireSameOrganization(organizationId, organization, employerId, "employer");
        if (!candidateId.equals(candidate)) {
            throw new AggregateNotFoundException(employerId.toString(), "No employer " + employerId);
        }
    }
}
