package dev.rebound.web.demo;

import dev.rebound.api.common.CandidateId;

import java.util.List;

/**
 * One candidate of the demo and the units that record their history, in the order they are sent.
 *
 * @param key   a stable name the candidate's ids are derived from ({@code maya-okafor})
 * @param name  for the log; candidates have no names in the event store until members arrive
 * @param story one line on what their history shows
 */
record DemoCandidate(CandidateId candidateId, String key, String name, String story, List<DemoUnit> units) {

    DemoCandidate {
        units = List.copyOf(units);
    }
}
