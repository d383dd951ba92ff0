package dev.rebound.projections.weaknesstrends;

import dev.rebound.projections.ReadModelDatabase;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.application.Verdict;
import dev.rebound.api.application.event.FeedbackEvaluated;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.PracticeSessionId;
import dev.rebound.api.improvement.ImprovementPlanId;
import dev.rebound.api.improvement.PracticeType;
import dev.rebound.api.improvement.WeaknessStatus;
import dev.rebound.api.improvement.event.PracticeSessionLogged;
import dev.rebound.api.improvement.event.WeaknessMarkedAddressed;
import dev.rebound.api.weaknesstrends.query.FindWeaknessTrends;
import dev.rebound.api.weaknesstrends.query.MonthlyMentions;
import dev.rebound.api.weaknesstrends.query.WeaknessTrend;
import dev.rebound.api.weaknesstrends.query.WeaknessTrends;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The weakness-trends read model on a real PostgreSQL, fed with hand-built events. */
class WeaknessTrendsProjectionTest {

    private static final OrganizationId ORG = OrganizationId.random();
    private static final CandidateId CANDIDATE = CandidateId.random();
    private static final EmployerId ACME = EmployerId.forCandidate(CANDIDATE, "Acme");
    private static final EmployerId GLOBEX = EmployerId.forCandidate(CANDIDATE, "Globex");
    private static final EmployerId INITECH = EmployerId.forCandidate(CANDIDATE, "Initech");

    private static final String LISTENING = "communication.active-listening";
    private static final String STRUCTURE = "communication.answer-structure";
    private static final String CLARITY = "communication.clarity";
    private static final String DEPTH = "technology.technical-depth";
    private static final String TOOLS = "technology.tools";
    private static final String CONFLICT = "teamwork.conflict";

    private WeaknessTrendsProjection projection;
    private JdbcClient jdbc;
    private int eventNumber;

    @BeforeEach
    void freshReadModel() {
        jdbc = ReadModelDatabase.fresh("weakness_trends");
        projection = new WeaknessTrendsProjection(jdbc);
    }

    private String nextEventId() {
        return "event-" + ++eventNumber;
    }

    private static PointEvaluation point(Verdict verdict, Integer ringsTrue, Integer credibility,
                                         String... weaknesses) {
        return new PointEvaluation(FeedbackPointId.random(), verdict, ringsTrue, credibility, List.of(weaknesses));
    }

    private static FeedbackEvaluated evaluated(OrganizationId org, EmployerId employer, String evaluatedAt,
                                               PointEvaluation... points) {
        return new FeedbackEvaluated(ApplicationId.random(), org, CANDIDATE, employer, Instant.parse(evaluatedAt),
                List.of(points), null, false);
    }

    private void evaluate(EmployerId employer, String evaluatedAt, PointEvaluation... points) {
        projection.on(evaluated(ORG, employer, evaluatedAt, points), nextEventId());
    }

    private static PracticeSessionLogged practice(OrganizationId org, String heldOn, int minutes,
                                                  String... weaknesses) {
        return new PracticeSessionLogged(ImprovementPlanId.forCandidate(CANDIDATE), org, CANDIDATE,
                PracticeSessionId.random(), LocalDate.parse(heldOn), PracticeType.MOCK_INTERVIEW, minutes,
                List.of(weaknesses), 3, null);
    }

    private void practise(String heldOn, int minutes, String... weaknesses) {
        projection.on(practice(ORG, heldOn, minutes, weaknesses), nextEventId());
    }

    private void markAddressed(String weakness, String recordedAt) {
        projection.on(new WeaknessMarkedAddressed(ImprovementPlanId.forCandidate(CANDIDATE), ORG, CANDIDATE,
                weakness, "worked on it"), nextEventId(), Instant.parse(recordedAt));
    }

    private List<WeaknessTrend> trends() {
        return projection.handle(new FindWeaknessTrends(ORG, CANDIDATE)).items();
    }

    private WeaknessTrend trend(String key) {
        return trends().stream().filter(trend -> trend.key().equals(key)).findFirst().orElseThrow();
    }

    private WeaknessStatus statusOf(String key) {
        return trend(key).status();
    }

    private static MonthlyMentions month(String month, int mentions) {
        return new MonthlyMentions(YearMonth.parse(month), mentions);
    }

    @Test
    void countsAcceptedAndPartlyAcceptedPointsAsMentionsWithTheirCredibilityWeightedScore() {
        evaluate(ACME, "2026-03-10T15:00:00Z",
                point(Verdict.ACCEPTED, 4, 5, LISTENING, STRUCTURE, CLARITY),
                point(Verdict.REJECTED, 5, 5, LISTENING, TOOLS),
                point(Verdict.PARTLY, null, 2, LISTENING));
        evaluate(GLOBEX, "2026-04-02T09:00:00Z", point(Verdict.ACCEPTED, null, null, LISTENING, LISTENING));
        evaluate(ACME, "2026-03-31T23:59:59Z", point(Verdict.PARTLY, 5, 4, DEPTH));

        List<WeaknessTrend> trends = trends();

        // listening 0.8 + 0.12 + 0.36; structure and clarity tie at 0.8 (by key); depth 0.4; tools only rejected
        assertThat(trends).extracting(WeaknessTrend::key).containsExactly(LISTENING, STRUCTURE, CLARITY, DEPTH);
        WeaknessTrend listening = trends.getFirst();
        assertThat(listening.competency()).isEqualTo("communication");
        assertThat(listening.competencyLabel()).isEqualTo("Communication");
        assertThat(listening.mentions()).isEqualTo(3);
        assertThat(listening.distinctEmployers()).isEqualTo(2);
        assertThat(listening.recurring()).isTrue();
        assertThat(listening.weightedScore()).isCloseTo(0.8 + 0.12 + 0.36, within(1e-9));
        assertThat(listening.firstSeen()).isEqualTo(Instant.parse("2026-03-10T15:00:00Z"));
        assertThat(listening.lastSeen()).isEqualTo(Instant.parse("2026-04-02T09:00:00Z"));
        assertThat(listening.monthly()).containsExactly(month("2026-03", 2), month("2026-04", 1));
        assertThat(listening.practiceMinutes()).isZero();
        assertThat(listening.status()).isEqualTo(WeaknessStatus.OPEN);

        WeaknessTrend structure = trends.get(1);
        assertThat(structure.mentions()).isEqualTo(1);
        assertThat(structure.distinctEmployers()).isEqualTo(1);
        assertThat(structure.recurring()).isFalse();
        assertThat(structure.weightedScore()).isCloseTo(0.8, within(1e-9));
        assertThat(structure.monthly()).containsExactly(month("2026-03", 1));

        WeaknessTrend depth = trends.get(3);
        assertThat(depth.competency()).isEqualTo("technology");
        assertThat(depth.competencyLabel()).isEqualTo("Technology");
        assertThat(depth.weightedScore()).isCloseTo(0.4, within(1e-9));
        assertThat(depth.firstSeen()).isEqualTo(depth.lastSeen()).isEqualTo(Instant.parse("2026-03-31T23:59:59Z"));
        assertThat(depth.monthly()).containsExactly(month("2026-03", 1));
    }

    @Test
    void mentionsFromOneEmployerAreNotRecurringHoweverMany() {
        evaluate(ACME, "2026-03-10T15:00:00Z", point(Verdict.ACCEPTED, 5, 5, LISTENING));
        evaluate(ACME, "2026-03-20T15:00:00Z", point(Verdict.ACCEPTED, 5, 5, LISTENING));
        evaluate(ACME, "2026-05-20T15:00:00Z", point(Verdict.PARTLY, 5, 5, LISTENING));

        WeaknessTrend listening = trend(LISTENING);

        assertThat(listening.mentions()).isEqualTo(3);
        assertThat(listening.distinctEmployers()).isEqualTo(1);
        assertThat(listening.recurring()).isFalse();
        assertThat(listening.weightedScore()).isCloseTo(2.5, within(1e-9));
        assertThat(listening.monthly()).containsExactly(month("2026-03", 2), month("2026-05", 1));

        evaluate(INITECH, "2026-06-01T08:00:00Z", point(Verdict.PARTLY, 1, 1, LISTENING));

        assertThat(trend(LISTENING).recurring()).isTrue();
        assertThat(trend(LISTENING).distinctEmployers()).isEqualTo(2);
        assertThat(trend(LISTENING).weightedScore()).isCloseTo(2.52, within(1e-9));
    }

    @Test
    void aWeaknessOnlyPractisedShowsItsMinutesAndNoMentions() {
        practise("2026-03-01", 30, CONFLICT, CONFLICT);
        practise("2026-03-08", 15, CONFLICT, CLARITY);

        List<WeaknessTrend> trends = trends();

        assertThat(trends).extracting(WeaknessTrend::key).containsExactly(CLARITY, CONFLICT);
        WeaknessTrend conflict = trends.get(1);
        assertThat(conflict.competency()).isEqualTo("teamwork");
        assertThat(conflict.competencyLabel()).isEqualTo("Teamwork");
        assertThat(conflict.practiceMinutes()).isEqualTo(45);
        assertThat(conflict.mentions()).isZero();
        assertThat(conflict.distinctEmployers()).isZero();
        assertThat(conflict.recurring()).isFalse();
        assertThat(conflict.weightedScore()).isZero();
        assertThat(conflict.firstSeen()).isNull();
        assertThat(conflict.lastSeen()).isNull();
        assertThat(conflict.monthly()).isEmpty();
        assertThat(conflict.status()).isEqualTo(WeaknessStatus.IMPROVING);
        assertThat(trends.getFirst().practiceMinutes()).isEqualTo(15);
    }

    @Test
    void aWeaknessOnlyMarkedAddressedIsNotShown() {
        markAddressed(LISTENING, "2026-03-01T10:00:00Z");

        assertThat(trends()).isEmpty();
    }

    @Test
    void statusGoesFromOpenToImprovingToAddressedAndReopensWithANewMention() {
        evaluate(ACME, "2026-03-10T15:00:00Z", point(Verdict.ACCEPTED, 4, 4, LISTENING));
        assertThat(statusOf(LISTENING)).isEqualTo(WeaknessStatus.OPEN);

        practise("2026-03-12", 45, LISTENING);
        assertThat(statusOf(LISTENING)).isEqualTo(WeaknessStatus.IMPROVING);

        markAddressed(LISTENING, "2026-03-20T00:00:00Z");
        assertThat(statusOf(LISTENING)).isEqualTo(WeaknessStatus.ADDRESSED);

        evaluate(GLOBEX, "2026-04-05T10:00:00Z", point(Verdict.PARTLY, 3, 3, LISTENING));
        assertThat(statusOf(LISTENING)).as("mentioned again after the mark").isEqualTo(WeaknessStatus.OPEN);

        practise("2026-04-06", 30, LISTENING);
        assertThat(statusOf(LISTENING)).isEqualTo(WeaknessStatus.IMPROVING);

        evaluate(INITECH, "2026-04-10T10:00:00Z", point(Verdict.ACCEPTED, 5, 5, DEPTH));
        evaluate(INITECH, "2026-04-11T10:00:00Z", point(Verdict.REJECTED, 5, 5, LISTENING));
        assertThat(statusOf(LISTENING)).as("two evaluations without it").isEqualTo(WeaknessStatus.IMPROVING);

        evaluate(ACME, "2026-04-12T10:00:00Z", point(Verdict.ACCEPTED, 2, 2, STRUCTURE));
        assertThat(statusOf(LISTENING)).as("three evaluations without it").isEqualTo(WeaknessStatus.ADDRESSED);
        assertThat(trend(LISTENING).practiceMinutes()).isEqualTo(75);
    }

    @Test
    void figuresFollowOccurredAtTimesNotTheOrderEventsArrive() {
        evaluate(GLOBEX, "2026-05-01T10:00:00Z", point(Verdict.ACCEPTED, 5, 5, LISTENING));
        evaluate(ACME, "2026-05-02T10:00:00Z", point(Verdict.ACCEPTED, 5, 5, DEPTH));
        evaluate(ACME, "2026-05-03T10:00:00Z", point(Verdict.ACCEPTED, 5, 5, DEPTH));
        evaluate(ACME, "2026-05-04T10:00:00Z", point(Verdict.ACCEPTED, 5, 5, DEPTH));
        assertThat(statusOf(LISTENING)).isEqualTo(WeaknessStatus.ADDRESSED);

        // recorded later, but evaluated earlier: neither the last mention nor the status moves
        evaluate(ACME, "2026-02-01T10:00:00Z", point(Verdict.ACCEPTED, 5, 5, LISTENING));

        WeaknessTrend listening = trend(LISTENING);
        assertThat(listening.firstSeen()).isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
        assertThat(listening.lastSeen()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(listening.monthly()).containsExactly(month("2026-02", 1), month("2026-05", 1));
        assertThat(listening.status()).isEqualTo(WeaknessStatus.ADDRESSED);
    }

    @Test
    void theLatestMarkCounts() {
        evaluate(ACME, "2026-03-10T15:00:00Z", point(Verdict.ACCEPTED, 4, 4, LISTENING));
        markAddressed(LISTENING, "2026-03-20T00:00:00Z");
        markAddressed(LISTENING, "2026-03-01T00:00:00Z");

        assertThat(statusOf(LISTENING)).isEqualTo(WeaknessStatus.ADDRESSED);
    }

    @Test
    void aSkillAreaAddedLaterBelongsToTheCompetencyItsKeyNames() {
        evaluate(ACME, "2026-03-10T15:00:00Z", point(Verdict.ACCEPTED, 4, 4, "communication.storytelling"));

        WeaknessTrend storytelling = trend("communication.storytelling");

        assertThat(storytelling.competency()).isEqualTo("communication");
        assertThat(storytelling.competencyLabel()).isEqualTo("Communication");
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        List<Object> history = List.of(
                evaluated(ORG, ACME, "2026-03-10T15:00:00Z", point(Verdict.ACCEPTED, 4, 5, LISTENING, STRUCTURE),
                        point(Verdict.PARTLY, null, 2, LISTENING)),
                evaluated(ORG, GLOBEX, "2026-04-02T09:00:00Z", point(Verdict.ACCEPTED, 3, 4, LISTENING)),
                practice(ORG, "2026-04-03", 40, LISTENING, CONFLICT),
                new WeaknessMarkedAddressed(ImprovementPlanId.forCandidate(CANDIDATE), ORG, CANDIDATE, STRUCTURE,
                        null));
        Instant recordedAt = Instant.parse("2026-04-04T00:00:00Z");
        for (int i = 0; i < history.size(); i++) {
            apply(history.get(i), "event-" + i, recordedAt);
        }
        WeaknessTrends once = projection.handle(new FindWeaknessTrends(ORG, CANDIDATE));
        Map<String, Long> rowsOnce = rowCounts();

        for (int i = 0; i < history.size(); i++) {
            apply(history.get(i), "event-" + i, recordedAt);
        }

        assertThat(projection.handle(new FindWeaknessTrends(ORG, CANDIDATE))).isEqualTo(once);
        assertThat(rowCounts()).isEqualTo(rowsOnce);
        assertThat(once.items()).extracting(WeaknessTrend::key).containsExactly(LISTENING, STRUCTURE, CONFLICT);
        assertThat(once.items().getFirst().mentions()).isEqualTo(3);
        assertThat(once.items().getFirst().practiceMinutes()).isEqualTo(40);
        assertThat(once.items().get(1).status()).isEqualTo(WeaknessStatus.ADDRESSED);
    }

    @Test
    void neverShowsOrCountsAnotherOrganizationsEventsEvenForTheSameCandidateId() {
        OrganizationId other = OrganizationId.random();
        evaluate(ACME, "2026-03-10T15:00:00Z", point(Verdict.ACCEPTED, 4, 4, LISTENING));
        projection.on(evaluated(other, GLOBEX, "2026-03-11T10:00:00Z", point(Verdict.ACCEPTED, 5, 5, LISTENING)),
                nextEventId());
        for (int day = 12; day <= 14; day++) {
            projection.on(evaluated(other, GLOBEX, "2026-03-" + day + "T10:00:00Z",
                    point(Verdict.ACCEPTED, 5, 5, DEPTH)), nextEventId());
        }
        projection.on(practice(other, "2026-03-15", 60, LISTENING, TOOLS), nextEventId());

        assertThat(projection.handle(new FindWeaknessTrends(OrganizationId.random(), CANDIDATE)).items()).isEmpty();
        List<WeaknessTrend> ours = trends();
        assertThat(ours).extracting(WeaknessTrend::key).containsExactly(LISTENING);
        WeaknessTrend listening = ours.getFirst();
        assertThat(listening.mentions()).isEqualTo(1);
        assertThat(listening.distinctEmployers()).isEqualTo(1);
        assertThat(listening.practiceMinutes()).isZero();
        assertThat(listening.status()).as("the other organization's evaluations and practice do not count")
                .isEqualTo(WeaknessStatus.OPEN);
    }

    @Test
    void resetEmptiesTheReadModel() {
        evaluate(ACME, "2026-03-10T15:00:00Z", point(Verdict.ACCEPTED, 4, 4, LISTENING));
        practise("2026-03-12", 45, CONFLICT);
        markAddressed(LISTENING, "2026-03-20T00:00:00Z");

        projection.reset();

        assertThat(trends()).isEmpty();
        assertThat(rowCounts()).containsOnly(Map.entry("weakness_evaluation", 0L), Map.entry("weakness_mention", 0L),
                Map.entry("weakness_practice", 0L), Map.entry("weakness_marked_addressed", 0L));
    }

    private void apply(Object event, String eventId, Instant recordedAt) {
        switch (event) {
            case FeedbackEvaluated evaluated -> projection.on(evaluated, eventId);
            case PracticeSessionLogged practised -> projection.on(practised, eventId);
            case WeaknessMarkedAddressed marked -> projection.on(marked, eventId, recordedAt);
            default -> throw new IllegalArgumentException("Not an event of this read model: " + event);
        }
    }

    private Map<String, Long> rowCounts() {
        return Map.of(
                "weakness_evaluation", count("weakness_evaluation"),
                "weakness_mention", count("weakness_mention"),
                "weakness_practice", count("weakness_practice"),
                "weakness_marked_addressed", count("weakness_marked_addressed"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
