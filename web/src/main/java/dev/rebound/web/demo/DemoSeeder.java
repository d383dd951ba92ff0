package dev.rebound.web.demo;

import dev.rebound.api.access.SystemActor;
import dev.rebound.api.access.SystemCaller;
import dev.rebound.web.security.AsSender;

import dev.rebound.api.application.FeedbackReceipt;
import dev.rebound.api.application.command.EvaluateFeedback;
import dev.rebound.api.application.command.RecordFeedback;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.RuleViolation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Records the {@link DemoStories} in an organization through the command gateway, exactly as a client of the API
 * would: every rule of the domain applies.
 *
 * <p>Seeding is idempotent. All ids are derived from the organization and fixed names, so a second run (a restart
 * with {@code --demo}) sends the same first command of every unit, which the domain refuses as a duplicate: the unit
 * counts as present and the rest of it is skipped. A unit that fails for any other reason is reported and the others
 * are still recorded.
 */
@Component
public class DemoSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    /** Rules that refuse a contact or practice session recorded under the same id before. */
    private static final Set<String> RECORDED_BEFORE = Set.of("duplicate-contact", "duplicate-session");
    private static final int ATTEMPTS = 3;

    private final CommandGateway commands;
    private final Clock clock;

    public DemoSeeder(CommandGateway commands, ObjectProvider<Clock> clock) {
        this.commands = commands;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Seeds the organization with the demo candidates and their history, relative to now; safe to repeat. */
    public DemoReport seed(OrganizationId organization) {
        return seed(organization, () -> false);
    }

    /** As {@link #seed(OrganizationId)}, stopping between units once {@code stopping} says so. */
    synchronized DemoReport seed(OrganizationId organization, BooleanSupplier stopping) {
        long started = System.nanoTime();
        List<DemoCandidate> candidates = new DemoStories(organization, clock.instant()).candidates();
        // the demo acts on its own, with the demo's narrow rights, in this organization only
        SystemCaller sender = new SystemCaller(SystemActor.DEMO, organization);
        int seeded = 0;
        int present = 0;
        int sent = 0;
        boolean stopped = false;
        List<String> failures = new ArrayList<>();
        units:
        for (DemoCandidate candidate : candidates) {
            for (DemoUnit unit : candidate.units()) {
                if (stopping.getAsBoolean()) {
                    stopped = true;
                    break units;
                }
                Outcome outcome = record(unit, sender);
                sent += outcome.sent();
                switch (outcome.result()) {
                    case SEEDED -> seeded++;
                    case PRESENT -> present++;
                    case FAILED -> {
                        failures.add(outcome.reason());
                        LOG.warn("Demo data: could not record {}", outcome.reason());
                    }
                }
            }
        }
        List<DemoReport.Candidate> summaries = candidates.stream()
                .map(candidate -> new DemoReport.Candidate(candidate.candidateId(), candidate.name(),
                        candidate.story()))
                .toList();
        return new DemoReport(organization, summaries, seeded, present, sent, failures, stopped,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private Outcome record(DemoUnit unit, SystemCaller sender) {
        int sent = 0;
        EarlyEvaluations early = new EarlyEvaluations();
        for (Object command : unit.commands()) {
            try {
                Object result = send(command instanceof EvaluateFeedback evaluation ? early.marked(evaluation)
                        : command, sender);
                if (command instanceof RecordFeedback feedback && result instanceof FeedbackReceipt receipt) {
                    early.recorded(feedback, receipt);
                }
                sent++;
            } catch (RuntimeException failure) {
                if (sent == 0 && recordedBefore(failure)) {
                    return new Outcome(Result.PRESENT, 0, null);
                }
                String reason = unit.description() + ": " + command.getClass().getSimpleName() + " was refused ("
                        + describe(failure) + ")" + (sent > 0 ? "; " + sent + " of its commands were recorded" : "");
                return new Outcome(Result.FAILED, sent, reason);
            }
        }
        return new Outcome(Result.SEEDED, sent, null);
    }

    /**
     * Sends one command and gives its result; a concurrent change (a reminder firing on the same application) is
     * tried again.
     */
    private Object send(Object command, SystemCaller sender) {
        for (int attempt = 1; ; attempt++) {
            try {
                return AsSender.sendAndWait(commands, command, sender);
            } catch (ConcurrencyException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    /** Whether the first command of a unit was refused because it was recorded by an earlier run. */
    private static boolean recordedBefore(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AggregateStreamCreationException) {
                return true;
            }
            if (cause instanceof RuleViolation violation && RECORDED_BEFORE.contains(violation.rule())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        String rule = failure instanceof RuleViolation violation ? violation.rule() + ": " : "";
        return rule + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }

    private enum Result { SEEDED, PRESENT, FAILED }

    private record Outcome(Result result, int sent, String reason) {
    }
}
