package dev.rebound.domain.organization;

import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.MemberRecord;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Organizations and candidate records reached through their repositories, inside the unit of work of the command
 * that needs them: a candidate record is stored in the same transaction as the member it belongs to.
 */
public final class EventSourcedOrganizations implements Candidates, Members {

    private final Supplier<Repository<Organization>> organizations;
    private final Supplier<Repository<Candidate>> candidates;

    /** The repositories are looked up lazily: they exist only once the Axon configuration is built. */
    public EventSourcedOrganizations(Supplier<Repository<Organization>> organizations,
                                     Supplier<Repository<Candidate>> candidates) {
        this.organizations = organizations;
        this.candidates = candidates;
    }

    @Override
    public void register(AddMember candidateMember) {
        try {
            candidates.get()
                    .loadOrCreate(candidateMember.candidateId().toString(), Candidate::new)
                    .execute(candidate -> candidate.register(candidateMember));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not register candidate " + candidateMember.candidateId(), e);
        }
    }

    @Override
    public Optional<Role> roleOf(OrganizationId organization, MemberId member) {
        return member(organization, member).map(MemberRecord::role);
    }

    /** A member of an organization; empty for an unknown organization or member. Needs a unit of work. */
    public Optional<MemberRecord> member(OrganizationId organization, MemberId member) {
        try {
            return organizations.get().load(organization.toString()).invoke(found -> found.member(member));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
