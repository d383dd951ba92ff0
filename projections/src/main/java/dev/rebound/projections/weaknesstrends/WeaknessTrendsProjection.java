package dev.rebound.projections.weaknesstrends;

import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.application.Verdict;
import dev.rebound.api.application.event.FeedbackEvaluated;
import dev.rebound.api.catalogue.Competency;
import dev.rebound.api.catalogue.SkillArea;
import dev.rebound.api.catalogue.WeaknessTaxonomy;
import dev.rebound.api.improvement.event.PracticeSessionLogged;
import dev.rebound.api.improvement.event.WeaknessMarkedAddressed;
import dev.rebound.api.weaknesstrends.query.FindWeaknessTrends;
import dev.rebound.api.weaknesstrends.query.MonthlyMentions;
import dev.rebound.api.weaknesstrends.query.WeaknessTrend;
import dev.rebound.api.weaknesstrends.query.WeaknessTrends;
import dev.rebound.projections.common.WeaknessStatusRule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How each of a candidate's weaknesses trends, as docs/domain.md defines it ("Definitions the figures follow"):
 *
 * <ul>
 *   <li>a <em>mention</em> is one evaluated feedback point with verdict {@code ACCEPTED} or {@code PARTLY} tagged
 *       with the weakness; a point tagged with two weaknesses is one mention of each, a key listed twice on one
 *       point is still one mention, {@code REJECTED} points are not mentions;</li>
 *   <li>the <em>weighted score</em> is the sum over its mentions of (credibility/5)×(ringsTrue/5)×(1.0 if accepted,
 *       0.5 if partly), a missing score counting as 3;</li>
 *   <li><em>distinct employers</em> are the employers of the evaluated applications; <em>recurring</em> means two
 *       or more of them;</li>
 *   <li><em>first/last seen</em> and the <em>monthly</em> series (UTC months) use the evaluation's
 *       {@code evaluatedAt};</li>
 *   <li><em>practice minutes</em> add up the sessions that list the weakness (a session listing it twice counts
 *       once);</li>
 *   <li>the <em>status</em> is {@link WeaknessStatusRule}'s, from the last mention, the latest
 *       {@code WeaknessMarkedAddressed} (when it was recorded), the times of all the candidate's evaluations and the
 *       dates of the practice targeting it.</li>
 * </ul>
 * A weakness appears once it has a mention or practice; one that was only marked addressed does not.
 *
 * <p>The tables hold facts keyed by the event they come from, so an event delivered twice changes nothing. The
 * figures are computed when read, from occurred-at times: the order events arrive in (which need not follow
 * occurred-at times) does not change them.
 */
@ProcessingGroup(WeaknessTrendsProjection.NAME)
public class WeaknessTrendsProjection {

    public static final String NAME = "weakness-trends";

    /** What a score the candidate left out counts as. */
    static final int MISSING_SCORE = 3;

    private static final BigDecimal FULL_SCORES = BigDecimal.valueOf(25);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final JdbcClient jdbc;

    public WeaknessTrendsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FeedbackEvaluated event, @MessageIdentifier String eventId) {
        jdbc.sql("""
                        INSERT INTO weakness_evaluation (event_id, organization_id, candidate_id, evaluated_at)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (event_id) DO NOTHING""")
                .params(eventId, event.organizationId().value(), event.candidateId().value(),
                        utc(event.evaluatedAt()))
                .update();
        List<PointEvaluation> points = event.points() == null ? List.of() : event.points();
        for (int index = 0; index < points.size(); index++) {
            PointEvaluation point = points.get(index);
            if (!isMention(point)) {
                continue;
            }
            for (String weakness : new LinkedHashSet<>(point.weaknesses())) {
                jdbc.sql("""
                                INSERT INTO weakness_mention (event_id, point_index, weakness, organization_id,
                                                              candidate_id, employer_id, evaluated_at, weight)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                                ON CONFLICT (event_id, point_index, weakness) DO NOTHING""")
                        .params(eventId, index, weakness, event.organizationId().value(),
                                event.candidateId().value(), event.employerId().value(), utc(event.evaluatedAt()),
                                weightOf(point))
                        .update();
            }
        }
    }

    @EventHandler
    void on(PracticeSessionLogged event, @MessageIdentifier String eventId) {
        List<String> weaknesses = event.weaknesses() == null ? List.of() : event.weaknesses();
        for (String weakness : new LinkedHashSet<>(weaknesses)) {
            jdbc.sql("""
                            INSERT INTO weakness_practice (event_id, weakness, organization_id, candidate_id, held_on,
                                                           minutes)
                            VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT (event_id, weakness) DO NOTHING""")
                    .params(eventId, weakness, event.organizationId().value(), event.candidateId().value(),
                            event.heldOn(), event.minutes())
                    .update();
        }
    }

    @EventHandler
    void on(WeaknessMarkedAddressed event, @MessageIdentifier String eventId, @Timestamp Instant markedAt) {
        jdbc.sql("""
                        INSERT INTO weakness_marked_addressed (event_id, organization_id, candidate_id, weakness,
                                                               marked_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (event_id) DO NOTHING""")
                .params(eventId, event.organizationId().value(), event.candidateId().value(), event.weakness(),
                        utc(markedAt))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE weakness_evaluation, weakness_mention, weakness_practice, weakness_marked_addressed")
                .update();
    }

    /**
     * Reads the candidate's facts (every statement filtered by organization and candidate) and applies the
     * definitions to them. The statements do not share a snapshot: like every read model, this one is eventually
     * consistent, and a read that overlaps an event being handled shows it completely at the next read.
     */
    @QueryHandler
    WeaknessTrends handle(FindWeaknessTrends query) {
        Map<String, Object> candidate = Map.of(
                "org", query.organizationId().value(),
                "candidate", query.candidateId().value());
        Map<String, Mentions> mentions = mentions(candidate);
        Map<String, List<MonthlyMentions>> monthly = monthlyMentions(candidate);
        Map<String, Practice> practice = practice(candidate);
        Map<String, Instant> markedAddressedAt = latestMarks(candidate);
        List<Instant> evaluationTimes = evaluationTimes(candidate);

        TreeSet<String> keys = new TreeSet<>(mentions.keySet());
        keys.addAll(practice.keySet());
        List<WeaknessTrend> items = new ArrayList<>();
        for (String key : keys) {
            Optional<Competency> competency = competencyOf(key);
            Mentions mentioned = mentions.getOrDefault(key, Mentions.NONE);
            Practice practised = practice.getOrDefault(key, Practice.NONE);
            items.add(new WeaknessTrend(key,
                    competency.map(Competency::key).orElseGet(() -> firstPartOf(key)),
                    competency.map(Competency::label).orElse(null),
                    mentioned.count(), mentioned.employers(), mentioned.employers() >= 2, mentioned.weightedScore(),
                    mentioned.firstSeen(), mentioned.lastSeen(), practised.minutes(),
                    WeaknessStatusRule.statusOf(mentioned.lastSeen(), markedAddressedAt.get(key), evaluationTimes,
                            practised.dates()),
                    monthly.getOrDefault(key, List.of())));
        }
        items.sort(Comparator.comparingDouble(WeaknessTrend::weightedScore).reversed()
                .thenComparing(WeaknessTrend::key));
        return new WeaknessTrends(items);
    }

    private Map<String, Mentions> mentions(Map<String, Object> candidate) {
        Map<String, Mentions> mentions = new HashMap<>();
        jdbc.sql("""
                        SELECT weakness, count(*) AS mentions, count(DISTINCT employer_id) AS employers,
                               sum(weight) AS weighted_score, min(evaluated_at) AS first_seen,
                               max(evaluated_at) AS last_seen
                        FROM weakness_mention
                        WHERE organization_id = :org AND candidate_id = :candidate
                        GROUP BY weakness""")
                .params(candidate)
                .query(row -> {
                    mentions.put(row.getString("weakness"), new Mentions(row.getInt("mentions"),
                            row.getInt("employers"), row.getBigDecimal("weighted_score").doubleValue(),
                            instant(row.getObject("first_seen", OffsetDateTime.class)),
                            instant(row.getObject("last_seen", OffsetDateTime.class))));
                });
        return mentions;
    }

    private Map<String, List<MonthlyMentions>> monthlyMentions(Map<String, Object> candidate) {
        Map<String, List<MonthlyMentions>> monthly = new HashMap<>();
        jdbc.sql("""
                        SELECT weakness, to_char(evaluated_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month,
                               count(*) AS mentions
                        FROM weakness_mention
                        WHERE organization_id = :org AND candidate_id = :candidate
                        GROUP BY weakness, month
                        ORDER BY weakness, month""")
                .params(candidate)
                .query(row -> {
                    monthly.computeIfAbsent(row.getString("weakness"), key -> new ArrayList<>())
                            .add(new MonthlyMentions(YearMonth.parse(row.getString("month")), row.getInt("mentions")));
                });
        return monthly;
    }

    private Map<String, Practice> practice(Map<String, Object> candidate) {
        Map<String, Practice> practice = new HashMap<>();
        jdbc.sql("""
                        SELECT weakness, held_on, minutes
                        FROM weakness_practice
                        WHERE organization_id = :org AND candidate_id = :candidate""")
                .params(candidate)
                .query(row -> {
                    Practice session = new Practice(row.getInt("minutes"),
                            List.of(row.getObject("held_on", LocalDate.class)));
                    practice.merge(row.getString("weakness"), session, Practice::plus);
                });
        return practice;
    }

    private Map<String, Instant> latestMarks(Map<String, Object> candidate) {
        Map<String, Instant> marks = new HashMap<>();
        jdbc.sql("""
                        SELECT weakness, max(marked_at) AS marked_at
                        FROM weakness_marked_addressed
                        WHERE organization_id = :org AND candidate_id = :candidate
                        GROUP BY weakness""")
                .params(candidate)
                .query(row -> {
                    marks.put(row.getString("weakness"), instant(row.getObject("marked_at", OffsetDateTime.class)));
                });
        return marks;
    }

    private List<Instant> evaluationTimes(Map<String, Object> candidate) {
        return jdbc.sql("""
                        SELECT evaluated_at
                        FROM weakness_evaluation
                        WHERE organization_id = :org AND candidate_id = :candidate""")
                .params(candidate)
                .query((row, rowNumber) -> instant(row.getObject("evaluated_at", OffsetDateTime.class)))
                .list();
    }

    private static boolean isMention(PointEvaluation point) {
        return point.verdict() == Verdict.ACCEPTED || point.verdict() == Verdict.PARTLY;
    }

    /** (credibility/5)×(ringsTrue/5)×(1 if accepted, ½ if partly); exact, because it is a multiple of 0.02. */
    static BigDecimal weightOf(PointEvaluation point) {
        int credibility = point.credibility() == null ? MISSING_SCORE : point.credibility();
        int ringsTrue = point.ringsTrue() == null ? MISSING_SCORE : point.ringsTrue();
        BigDecimal weight = BigDecimal.valueOf(credibility * ringsTrue).divide(FULL_SCORES);
        return point.verdict() == Verdict.PARTLY ? weight.multiply(HALF) : weight;
    }

    /** The competency of a key: from the taxonomy, or named by the key's first part for a skill area added later. */
    private static Optional<Competency> competencyOf(String key) {
        return WeaknessTaxonomy.standard().find(key).map(SkillArea::competency)
                .or(() -> Arrays.stream(Competency.values())
                        .filter(competency -> competency.key().equals(firstPartOf(key)))
                        .findFirst());
    }

    private static String firstPartOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private record Mentions(int count, int employers, double weightedScore, Instant firstSeen, Instant lastSeen) {
        static final Mentions NONE = new Mentions(0, 0, 0.0, null, null);
    }

    private record Practice(int minutes, List<LocalDate> dates) {
        static final Practice NONE = new Practice(0, List.of());

        Practice plus(Practice other) {
            List<LocalDate> all = new ArrayList<>(dates);
            all.addAll(other.dates);
            return new Practice(minutes + other.minutes, all);
        }
    }
}
