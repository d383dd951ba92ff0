package dev.rebound.web.demo;

import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.FeedbackReceipt;
import dev.rebound.api.application.command.EvaluateFeedback;
import dev.rebound.api.application.command.RecordFeedback;
import dev.rebound.api.application.command.RecordFeedbackDeclined;
import dev.rebound.api.application.command.RecordInterview;
import dev.rebound.api.application.command.RecordOffer;
import dev.rebound.api.application.command.RecordRejection;
import dev.rebound.api.application.command.RequestFeedback;
import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.catalogue.FeedbackQuestionCatalogue;
import dev.rebound.api.catalogue.WeaknessTaxonomy;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.employer.command.LogEmployerContact;
import dev.rebound.api.improvement.command.LogPracticeSession;
import dev.rebound.api.improvement.command.MarkWeaknessAddressed;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo stories as data: fixed ids, times in the past, keys the domain knows. The domain's rules are checked by
 * {@code DemoDataHttpTest}, which records the stories.
 */
class DemoStoriesTest {

    private static final OrganizationId ORGANIZATION = OrganizationId.of(UUID.fromString(
            "00000000-0000-0000-0000-000000000001"));
    private static final Instant NOW = Instant.parse("2026-11-30T08:15:00Z");

    private static List<DemoCandidate> stories(OrganizationId organization, Instant now) {
        return new DemoStories(organization, now).candidates();
    }

    private static Stream<Object> commands(List<DemoCandidate> candidates) {
        return candidates.stream().flatMap(candidate -> candidate.units().stream())
                .flatMap(unit -> unit.commands().stream());
    }

    @Test
    void threeToFourCandidatesWithFourToEightApplicationsEach() {
        List<DemoCandidate> candidates = stories(ORGANIZATION, NOW);
        assertThat(candidates).hasSizeBetween(3, 4);
        candidates.forEach(candidate -> assertThat(candidate.units().stream()
                .filter(unit -> unit.guard() instanceof TrackApplication))
                .as(candidate.name()).hasSizeBetween(4, 8));
    }

    @Test
    void sameIdsOnEveryRunAndOtherIdsInAnotherOrganization() {
        assertThat(stories(ORGANIZATION, NOW)).isEqualTo(stories(ORGANIZATION, NOW));
        List<UUID> later = stories(ORGANIZATION, NOW.plus(Duration.ofDays(3))).stream()
                .map(candidate -> candidate.candidateId().value()).toList();
        assertThat(stories(ORGANIZATION, NOW).stream().map(candidate -> candidate.candidateId().value()))
                .containsExactlyElementsOf(later);
        List<UUID> elsewhere = stories(OrganizationId.random(), NOW).stream()
                .map(candidate -> candidate.candidateId().value()).toList();
        assertThat(later).doesNotContainAnyElementsOf(elsewhere);
    }

    @Test
    void everyUnitStartsWithACommandThatIsRefusedWhenRepeated() {
        stories(ORGANIZATION, NOW).stream().flatMap(candidate -> candidate.units().stream())
                .forEach(unit -> assertThat(unit.guard()).as(unit.description())
                        .isInstanceOfAny(TrackApplication.class, LogEmployerContact.class, LogPracticeSession.class));
    }

    @Test
    void everythingHappenedWithinTheLastFiveMonthsAndBeforeNow() {
        Instant earliest = NOW.minus(Duration.ofDays(155));
        commands(stories(ORGANIZATION, NOW)).map(DemoStoriesTest::occurredAt).filter(time -> time != null)
                .forEach(time -> assertThat(time).isBetween(earliest, NOW));
    }

    @Test
    void weaknessesAndQuestionsComeFromTheCatalogues() {
        commands(stories(ORGANIZATION, NOW)).forEach(command -> {
            switch (command) {
                case EvaluateFeedback evaluation -> evaluation.points().forEach(point -> point.weaknesses()
                        .forEach(key -> assertThat(WeaknessTaxonomy.standard().contains(key)).as(key).isTrue()));
                case LogPracticeSession session -> session.weaknesses()
                        .forEach(key -> assertThat(WeaknessTaxonomy.standard().contains(key)).as(key).isTrue());
                case MarkWeaknessAddressed mark ->
                        assertThat(WeaknessTaxonomy.standard().contains(mark.weakness())).isTrue();
                case RequestFeedback request -> request.questions().stream().filter(question -> question.key() != null)
                        .forEach(question -> assertThat(FeedbackQuestionCatalogue.find(question.key()))
                                .as(question.key()).isPresent());
                default -> {
                }
            }
        });
    }

    /** The evaluations as the seeder sends them, had the domain answered each feedback with this cooling-off. */
    private static List<EvaluateFeedback> evaluationsAsSent(Duration coolingOff) {
        List<EvaluateFeedback> sent = new ArrayList<>();
        stories(ORGANIZATION, NOW).forEach(candidate -> candidate.units().forEach(unit -> {
            EarlyEvaluations early = new EarlyEvaluations();
            unit.commands().forEach(command -> {
                switch (command) {
                    case RecordFeedback feedback -> early.recorded(feedback, new FeedbackReceipt(
                            feedback.points().stream().map(FeedbackPoint::pointId).toList(),
                            feedback.receivedAt().plus(coolingOff)));
                    case EvaluateFeedback evaluation -> sent.add(early.marked(evaluation));
                    default -> {
                    }
                }
            });
        }));
        return sent;
    }

    @Test
    void anEvaluationBeforeTheDueTimeTheDomainAnsweredIsMarkedEarly() {
        assertThat(commands(stories(ORGANIZATION, NOW)).filter(EvaluateFeedback.class::isInstance)
                .map(EvaluateFeedback.class::cast)).as("the stories leave it to the seeder")
                .noneMatch(EvaluateFeedback::early);
        assertThat(evaluationsAsSent(Duration.ofHours(24))).filteredOn(EvaluateFeedback::early).hasSize(1);
        assertThat(evaluationsAsSent(Duration.ofDays(4))).filteredOn(EvaluateFeedback::early).hasSizeGreaterThan(1);
    }

    private static Instant occurredAt(Object command) {
        return switch (command) {
            case TrackApplication track -> start(track.appliedOn());
            case RecordInterview interview -> start(interview.heldOn());
            case RecordRejection rejection -> rejection.receivedAt();
            case RequestFeedback request -> request.sentAt();
            case RecordFeedback feedback -> feedback.receivedAt();
            case RecordFeedbackDeclined declined -> declined.receivedAt();
            case EvaluateFeedback evaluation -> evaluation.evaluatedAt();
            case RecordOffer offer -> offer.receivedAt();
            case LogEmployerContact contact -> contact.contactedAt();
            case LogPracticeSession session -> start(session.heldOn());
            default -> null;
        };
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
