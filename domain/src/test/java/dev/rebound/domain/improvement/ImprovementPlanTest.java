package dev.rebound.domain.improvement;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.PracticeSessionId;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.api.improvement.ImprovementPlanId;
import dev.rebound.api.improvement.PracticeType;
import dev.rebound.api.improvement.command.LogPracticeSession;
import dev.rebound.api.improvement.command.MarkWeaknessAddressed;
import dev.rebound.api.improvement.event.PracticeSessionLogged;
import dev.rebound.api.improvement.event.WeaknessMarkedAddressed;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Practice that targets weaknesses, and weaknesses judged addressed. */
class ImprovementPlanTest {

    private static final Instant NOW = Instant.parse("2026-03-05T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-05");
    private static final OrganizationId ORG = OrganizationId.random();
    private static final CandidateId CANDIDATE = CandidateId.random();
    private static final ImprovementPlanId PLAN = ImprovementPlanId.forCandidate(CANDIDATE);
    private static final PracticeSessionId SESSION = PracticeSessionId.random();
    private static final List<String> LISTENING = List.of("communication.active-listening");

    private final AggregateTestFixture<ImprovementPlan> fixture = new AggregateTestFixture<>(ImprovementPlan.class);

    ImprovementPlanTest() {
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static LogPracticeSession practice(int minutes, List<String> weaknesses, Integer rating) {
        return new LogPracticeSession(PLAN, ORG, CANDIDATE, SESSION, TODAY, PracticeType.MOCK_INTERVIEW, minutes,
                weaknesses, rating, " Let the interviewer finish ");
    }

    private static PracticeSessionLogged practised() {
        return new PracticeSessionLogged(PLAN, ORG, CANDIDATE, SESSION, TODAY, PracticeType.MOCK_INTERVIEW, 45,
                LISTENING, 4, "Let the interviewer finish");
    }

    @Test
    void canLogTheFirstPracticeSession() {
        fixture.givenNoPriorActivity()
                .when(practice(45, LISTENING, 4))
                .expectEvents(practised());
    }

    @Test
    void canLogFurtherPracticeSessions() {
        fixture.given(practised())
                .when(new LogPracticeSession(PLAN, ORG, CANDIDATE, PracticeSessionId.random(), TODAY,
                        PracticeType.READING, 20, List.of(), null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotLogPracticeForAWeaknessMissingFromTheTaxonomy() {
        fixture.givenNoPriorActivity()
                .when(practice(45, List.of("communication.telepathy"), null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotLogPracticeOfNoMinutes() {
        fixture.givenNoPriorActivity()
                .when(practice(0, LISTENING, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("minutes must be between 1 and 1440, not 0.");
    }

    @Test
    void cannotLogPracticeLongerThanADay() {
        fixture.givenNoPriorActivity()
                .when(practice(1441, LISTENING, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotRatePracticeOutsideOneToFive() {
        fixture.givenNoPriorActivity()
                .when(practice(30, LISTENING, 0))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("selfRating must be between 1 and 5, not 0.");
    }

    @Test
    void cannotLogPracticeHeldInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new LogPracticeSession(PLAN, ORG, CANDIDATE, SESSION, TODAY.plusDays(2),
                        PracticeType.COURSE, 60, List.of(), null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotLogTheSameSessionTwice() {
        fixture.given(practised())
                .when(practice(45, LISTENING, 4))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotLogPracticeInAnotherOrganizationsPlan() {
        fixture.given(practised())
                .when(new LogPracticeSession(PLAN, OrganizationId.random(), CANDIDATE, PracticeSessionId.random(),
                        TODAY, PracticeType.COURSE, 60, List.of(), null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void cannotLogPracticeInAPlanOfAnotherCandidate() {
        fixture.givenNoPriorActivity()
                .when(new LogPracticeSession(PLAN, ORG, CandidateId.random(), SESSION, TODAY, PracticeType.COURSE,
                        60, List.of(), null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void canMarkAWeaknessAddressed() {
        fixture.given(practised())
                .when(new MarkWeaknessAddressed(PLAN, ORG, CANDIDATE, "communication.active-listening", "Coach agrees"))
                .expectEvents(new WeaknessMarkedAddressed(PLAN, ORG, CANDIDATE, "communication.active-listening",
                        "Coach agrees"));
    }

    @Test
    void cannotMarkAnUnknownWeaknessAddressed() {
        fixture.given(practised())
                .when(new MarkWeaknessAddressed(PLAN, ORG, CANDIDATE, "charisma", null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
