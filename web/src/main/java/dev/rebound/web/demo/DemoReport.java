package dev.rebound.web.demo;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;

import java.time.Duration;
import java.util.List;

/**
 * What one run of the {@link DemoSeeder} did.
 *
 * @param candidates      the demo candidates, whether seeded now or before
 * @param unitsSeeded     units recorded by this run
 * @param unitsPresent    units found already recorded (a restart with {@code --demo})
 * @param commandsSent    commands this run stored
 * @param failures        units that failed, each with the reason; the others are recorded regardless
 * @param stopped         the application stopped before every unit was sent
 * @param took            how long the run took
 */
public record DemoReport(
        OrganizationId organizationId,
        List<Candidate> candidates,
        int unitsSeeded,
        int unitsPresent,
        int commandsSent,
        List<String> failures,
        boolean stopped,
        Duration took) {

    public DemoReport {
        candidates = List.copyOf(candidates);
        failures = List.copyOf(failures);
    }

    /** One seeded candidate: where to find them, and what their history shows. */
    public record Candidate(CandidateId candidateId, String name, String story) {
    }

    /** Every unit is recorded, now or by an earlier run. */
    public boolean complete() {
        return failures.isEmpty() && !stopped;
    }
}
