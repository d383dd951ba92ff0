package dev.rebound.domain.employer;

import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.common.EmployerId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.util.function.Supplier;

/**
 * Employer relationships read and started through their own repository, inside the unit of work of the application
 * command that needs them: the relationship's events are stored in the same transaction.
 */
public final class EventSourcedEmployerRelationships implements EmployerRelationships {

    private final Supplier<Repository<EmployerRelationship>> repository;

    /** The repository is looked up lazily: it exists only once the Axon configuration is built. */
    public EventSourcedEmployerRelationships(Supplier<Repository<EmployerRelationship>> repository) {
        this.repository = repository;
    }

    @Override
    public void noteApplication(TrackApplication application) {
        try {
            repository.get()
                    .loadOrCreate(application.employerId().toString(), EmployerRelationship::new)
                    .execute(relationship -> relationship.noteApplication(application));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the relationship with " + application.employerId(), e);
        }
    }

    @Override
    public boolean isDoNotContact(EmployerId employer) {
        try {
            return repository.get().load(employer.toString()).invoke(EmployerRelationship::doNotContact);
        } catch (AggregateNotFoundException unknown) {
            return false;
        }
    }
}
