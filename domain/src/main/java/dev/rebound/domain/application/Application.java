package dev.rebound.domain.application;

import dev.rebound.api.application.command.RecordRejection;
import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;

import java.time.Clock;

import static dev.rebound.domain.common.Rules.requireNotInFuture;
import static dev.rebound.domain.common.Rules.requirePresent;
import static dev.rebound.domain.common.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One candidate's pursuit of one role at one employer, and the feedback cycle after a rejection. */
public class Application {

    @AggregateIdentifier
    private ApplicationId applicationId;
    private OrganizationId organizationId;
    private CandidateId candidateId;
    private EmployerId employerId;
    private boolean rejected;

    protected Application() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Application(TrackApplication command, Clock clock) {
        requirePresent(command.organizationId(), "organizationId");
        requirePresent(command.candidateId(), "candidateId");
        requirePresent(command.employerId(), "employerId");
        String employerName = requireText(command.employerName(), "employerName");
        String roleTitle = requireText(command.roleTitle(), "roleTitle");
        requireNotInFuture(command.appliedOn(), "appliedOn", clock);
        apply(new ApplicationTracked(command.applicationId(), command.organizationId(), command.candidateId(),
                command.employerId(), employerName, roleTitle, command.appliedOn(),
                blankToNull(command.source()), blankToNull(command.jobUrl())));
    }

    @CommandHandler
    public void handle(RecordRejection command, Clock clock) {
        requireSameOrganization(command.organizationId());
        requirePresent(command.receivedAt(), "receivedAt");
        requirePresent(command.stageReached(), "stageReached");
        requirePresent(command.channel(), "channel");
        requireNotInFuture(command.receivedAt(), "receivedAt", clock);
        if (rejected) {
            throw new RuleViolation("already-rejected",
                    "A rejection is already recorded for this application; track a new application to apply again.");
        }
        apply(new RejectionReceived(applicationId, organizationId, candidateId, employerId, command.receivedAt(),
                command.stageReached(), command.channel(), blankToNull(command.reasonGiven())));
    }

    @EventSourcingHandler
    void on(ApplicationTracked event) {
        applicationId = event.applicationId();
        organizationId = event.organizationId();
        candidateId = event.candidateId();
        employerId = event.employerId();
    }

    @EventSourcingHandler
    void on(RejectionReceived event) {
        rejected = true;
    }

    /** Another tenant's application is answered exactly like one that does not exist. */
    private void requireSameOrganization(OrganizationId caller) {
        if (!organizationId.equals(caller)) {
            throw new AggregateNotFoundException(applicationId.toString(), "No application " + applicationId);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
