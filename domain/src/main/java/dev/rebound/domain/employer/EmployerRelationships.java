package dev.rebound.domain.employer;

import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.common.EmployerId;

/**
 * What an application needs to know of its employer relationship. Applications and relationships are separate
 * aggregates; this port lets an application start the relationship and respect do-not-contact.
 */
public interface EmployerRelationships {

    /** Makes the employer known to the candidate when this is their first application to it. */
    void noteApplication(TrackApplication application);

    /** Whether the candidate marked this employer as not to be contacted. */
    boolean isDoNotContact(EmployerId employer);
}
