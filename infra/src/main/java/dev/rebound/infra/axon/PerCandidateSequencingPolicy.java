package dev.rebound.infra.axon;

import dev.rebound.api.common.CandidateEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * A read model sees all events of one candidate in the order they were stored, whichever aggregate (application,
 * employer relationship, improvement plan) they come from: they all go to one segment, one after the other. Events
 * of different candidates still spread over the segments, and a dead letter parks only its own candidate's events.
 */
final class PerCandidateSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    private final SequentialPerAggregatePolicy fallback = SequentialPerAggregatePolicy.instance();

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getPayload() instanceof CandidateEvent candidateEvent) {
            return candidateEvent.candidateId().toString();
        }
        return fallback.getSequenceIdentifierFor(event);
    }
}
