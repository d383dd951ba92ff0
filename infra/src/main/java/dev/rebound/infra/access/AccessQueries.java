package dev.rebound.infra.access;

import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.CandidateAccess;
import dev.rebound.api.organization.CoachCandidate;
import dev.rebound.api.organization.CoachCandidates;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.MemberRecord;
import dev.rebound.api.organization.event.CandidateRegistered;
import dev.rebound.api.organization.event.CoachAccessGranted;
import dev.rebound.api.organization.event.CoachAccessRevoked;
import dev.rebound.api.organization.event.CoachAssigned;
import dev.rebound.api.organization.event.MemberAdded;
import dev.rebound.api.organization.query.FindApplicationCandidate;
import dev.rebound.api.organization.query.FindCandidateAccess;
import dev.rebound.api.organization.query.FindCandidateOrganization;
import dev.rebound.api.organization.query.FindCoachCandidates;
import dev.rebound.api.organization.query.FindMemberByEmail;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Access decisions read straight from the aggregates' event streams, not from a read model: a coach assigned or a
 * consent revoked counts from the moment its command returns, and no lock is taken.
 */
public class AccessQueries {

    private final EventStore eventStore;

    public AccessQueries(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    public CandidateAccess handle(FindCandidateAccess query) {
        CandidateRecord candidate = candidate(query.candidateId());
        if (candidate == null || !candidate.registered().organizationId().equals(query.organizationId())) {
            return null;
        }
        return candidate.access();
    }

    /**
     * The organization's candidates (its {@code MemberAdded} with a candidate record, in the order they were added)
     * whom this coach is assigned to. Reads each candidate's stream: a coach's list is short, and it must tell a
     * consent revoked a moment ago.
     */
    @QueryHandler
    public CoachCandidates handle(FindCoachCandidates query) {
        List<CoachCandidate> assigned = new ArrayList<>();
        DomainEventStream members = eventStore.readEvents(query.organizationId().toString());
        while (members.hasNext()) {
            if (members.next().getPayload() instanceof MemberAdded added && added.candidateId() != null
                    && added.organizationId().equals(query.organizationId())) {
                CandidateRecord candidate = candidate(added.candidateId());
                if (candidate != null && candidate.registered().organizationId().equals(query.organizationId())
                        && candidate.access().coaches().contains(query.coachMemberId())) {
                    assigned.add(new CoachCandidate(added.candidateId(), candidate.registered().displayName(),
                            candidate.access().visibleToCoach(query.coachMemberId())));
                }
            }
        }
        return new CoachCandidates(assigned);
    }

    /** A candidate record as its events tell it: its registration, and who may see it. */
    private record CandidateRecord(CandidateRegistered registered, CandidateAccess access) {
    }

    /** The candidate's record from its stream; null when there is none. */
    private CandidateRecord candidate(CandidateId candidateId) {
        DomainEventStream events = eventStore.readEvents(candidateId.toString());
        CandidateRegistered registered = null;
        Set<MemberId> coaches = new HashSet<>();
        boolean coachAccess = false;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            switch (event.getPayload()) {
                case CandidateRegistered candidate -> registered = candidate;
                case CoachAssigned assigned -> coaches.add(assigned.coachMemberId());
                case CoachAccessGranted granted -> coachAccess = true;
                case CoachAccessRevoked revoked -> coachAccess = false;
                default -> {
                    // other events of the candidate's stream say nothing about access
                }
            }
        }
        if (registered == null) {
            return null;
        }
        return new CandidateRecord(registered, new CandidateAccess(registered.candidateId(),
                registered.organizationId(), registered.memberId(), coaches, coachAccess));
    }

    /** A candidate record starts its own stream, so its first event tells. */
    @QueryHandler
    public OrganizationId handle(FindCandidateOrganization query) {
        DomainEventStream events = eventStore.readEvents(query.candidateId().toString());
        if (events.hasNext() && events.next().getPayload() instanceof CandidateRegistered registered) {
            return registered.organizationId();
        }
        return null;
    }

    @QueryHandler
    public CandidateId handle(FindApplicationCandidate query) {
        DomainEventStream events = eventStore.readEvents(query.applicationId().toString());
        if (events.hasNext() && events.next().getPayload() instanceof ApplicationTracked tracked
                && tracked.organizationId().equals(query.organizationId())) {
            return tracked.candidateId();
        }
        return null;
    }

    /**
     * The member with this e-mail address, from the organization's own stream ({@code MemberAdded}); the aggregate
     * keeps every address at most once, compared in lower case, and so does this.
     */
    @QueryHandler
    public MemberRecord handle(FindMemberByEmail query) {
        if (query.email() == null || query.email().isBlank()) {
            return null;
        }
        String email = query.email().strip().toLowerCase(Locale.ROOT);
        DomainEventStream events = eventStore.readEvents(query.organizationId().toString());
        while (events.hasNext()) {
            if (events.next().getPayload() instanceof MemberAdded added
                    && added.organizationId().equals(query.organizationId())
                    && added.email().toLowerCase(Locale.ROOT).equals(email)) {
                return new MemberRecord(added.organizationId(), added.memberId(), added.role(),
                        added.candidateId());
            }
        }
        return null;
    }
}
