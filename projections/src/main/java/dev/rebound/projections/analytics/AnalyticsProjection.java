package dev.rebound.projections.analytics;

import dev.rebound.api.analytics.query.FindOrganizationAnalytics;
import dev.rebound.api.analytics.query.OrganizationAnalytics;
import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.application.event.FeedbackEvaluated;
import dev.rebound.api.application.event.FeedbackReceived;
import dev.rebound.api.application.event.FeedbackRequested;
import dev.rebound.api.application.event.InterviewRecorded;
import dev.rebound.api.application.event.OfferReceived;
import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.catalogue.Competency;
import dev.rebound.api.catalogue.SkillArea;
import dev.rebound.api.catalogue.WeaknessTaxonomy;
import dev.rebound.api.common.Stage;
import dev.rebound.api.improvement.WeaknessStatus;
import dev.rebound.api.improvement.event.PracticeSessionLogged;
import dev.rebound.api.improvement.event.WeaknessMarkedAddressed;
import dev.rebound.projections.common.WeaknessStatusRule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An organization's de-identified cohort figures ({@link OrganizationAnalytics} defines each one). The tables keep
 * facts only, one row per application or per event (keyed by event id), with no names and no free text; the figures
 * are computed from them when asked for, in SQL where a database does it best (rates, the median) and with the shared
 * rules of {@code api} and {@link WeaknessStatusRule} where they already exist (stage order, weakness status). So the
 * answer depends neither on the order events arrive in nor on how often one arrives. Which groups are too small to
 * describe is decided when the figures are asked for, by the query's minimum cohort; the tables keep every fact.
 */
@ProcessingGroup(AnalyticsProjection.NAME)
public class AnalyticsProjection {

    public static final String NAME = "analytics";

    /** Verdicts that make an evaluated point tagged with a weakness a mention of it. */
    private static final String MENTION = "verdict IN ('ACCEPTED', 'PARTLY')";

    private final JdbcClient jdbc;

    public AnalyticsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ApplicationTracked event) {
        jdbc.sql("""
                        INSERT INTO analytics_application (application_id, organization_id, candidate_id)
                        VALUES (?, ?, ?)
                        ON CONFLICT (application_id) DO NOTHING""")
                .params(event.applicationId().value(), event.organizationId().value(), event.candidateId().value())
                .update();
    }

    @EventHandler
    void on(InterviewRecorded event, @MessageIdentifier String eventId) {
        jdbc.sql("""
                        INSERT INTO analytics_interview (event_id, organization_id, application_id, stage)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (event_id) DO NOTHING""")
                .params(eventId, event.organizationId().value(), event.applicationId().value(), event.stage().name())
                .update();
    }

    @EventHandler
    void on(RejectionReceived event) {
        jdbc.sql("""
                        INSERT INTO analytics_rejection (application_id, organization_id, received_at, stage)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (application_id) DO NOTHING""")
                .params(event.applicationId().value(), event.organizationId().value(), utc(event.receivedAt()),
                        event.stageReached().name())
                .update();
    }

    @EventHandler
    void on(FeedbackRequested event, @MessageIdentifier String eventId) {
        jdbc.sql("""
                        INSERT INTO analytics_feedback_request (event_id, organization_id, application_id, sent_at)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (event_id) DO NOTHING""")
                .params(eventId, event.organizationId().value(), event.applicationId().value(), utc(event.sentAt()))
                .update();
    }

    @EventHandler
    void on(FeedbackReceived event, @MessageIdentifier String eventId) {
        jdbc.sql("""
                        INSERT INTO analytics_feedback_receipt (event_id, organization_id, application_id, received_at)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (event_id) DO NOTHING""")
                .params(eventId, event.organizationId().value(), event.applicationId().value(),
                        utc(event.receivedAt()))
                .update();
    }

    @EventHandler
    void on(OfferReceived event, @MessageIdentifier String eventId) {
        jdbc.sql("""
                        INSERT INTO analytics_offer (event_id, organization_id, application_id)
                        VALUES (?, ?, ?)
                        ON CONFLICT (event_id) DO NOTHING""")
                .params(eventId, event.organizationId().value(), event.applicationId().value())
                .update();
    }

    @EventHandler
    void on(FeedbackEvaluated event, @MessageIdentifier String eventId) {
        UUID organization = event.organizationId().value();
        UUID candidate = event.candidateId().value();
        jdbc.sql("""
                        INSERT INTO analytics_evaluation (event_id, organization_id, candidate_id, evaluated_at)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (event_id) DO NOTHING""")
                .params(eventId, organization, candidate, utc(event.evaluatedAt()))
                .update();
        for (PointEvaluation point : event.points()) {
            for (String weakness : point.weaknesses()) {
                jdbc.sql("""
                                INSERT INTO analytics_point_weakness
                                    (event_id, point_id, weakness, organization_id, candidate_id, verdict, evaluated_at)
                                VALUES (?, ?, ?, ?, ?, ?, ?)
                                ON CONFLICT (event_id, point_id, weakness) DO NOTHING""")
                        .params(eventId, point.pointId().value(), weakness, organization, candidate,
                                point.verdict().name(), utc(event.evaluatedAt()))
                        .update();
            }
        }
    }

    @EventHandler
    void on(PracticeSessionLogged event, @MessageIdentifier String eventId) {
        for (String weakness : event.weaknesses() == null ? List.<String>of() : event.weaknesses()) {
            jdbc.sql("""
                            INSERT INTO analytics_practice (event_id, weakness, organization_id, candidate_id, held_on)
                            VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (event_id, weakness) DO NOTHING""")
                    .params(eventId, weakness, event.organizationId().value(), event.candidateId().value(),
                            event.heldOn())
                    .update();
        }
    }

    @EventHandler
    void on(WeaknessMarkedAddressed event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO analytics_weakness_marked_addressed
                            (event_id, organization_id, candidate_id, weakness, marked_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (event_id) DO NOTHING""")
                .params(eventId, event.organizationId().value(), event.candidateId().value(), event.weakness(),
                        utc(recordedAt))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("""
                TRUNCATE analytics_application, analytics_interview, analytics_rejection, analytics_feedback_request,
                         analytics_feedback_receipt, analytics_offer, analytics_evaluation, analytics_point_weakness,
                         analytics_practice, analytics_weakness_marked_addressed""").update();
    }

    /**
     * The figures, or a withheld answer when the cohort (candidates with a tracked application) is smaller than the
     * query's minimum; inside a described cohort the weakness figures are withheld one by one below it
     * ({@link OrganizationAnalytics} says which group each figure describes).
     */
    @QueryHandler
    OrganizationAnalytics handle(FindOrganizationAnalytics query) {
        UUID org = query.organizationId().value();
        int minimum = query.minimumCohort();
        Counts counts = counts(org);
        if (counts.candidates() < minimum) {
            return OrganizationAnalytics.withheld(minimum);
        }
        Timeliness timeliness = timeliness(org);
        Responses responses = responses(org);
        return new OrganizationAnalytics(
                ratio(timeliness.requestedWithinDay(), timeliness.rejections()),
                ratio(responses.received(), responses.requested()),
                responses.medianHours(),
                weaknessByCompetency(org, minimum),
                improvementRate(org, minimum),
                counts.offers(),
                timeliness.rejections(),
                counts.applications(),
                counts.candidates(),
                furthestStages(org),
                false,
                null);
    }

    private record Counts(long applications, long candidates, long offers) {
    }

    private Counts counts(UUID org) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM analytics_application WHERE organization_id = :org)
                                   AS applications,
                               (SELECT count(DISTINCT candidate_id) FROM analytics_application
                                WHERE organization_id = :org) AS candidates,
                               (SELECT count(*) FROM analytics_offer WHERE organization_id = :org) AS offers""")
                .param("org", org)
                .query((row, number) -> new Counts(row.getLong("applications"), row.getLong("candidates"),
                        row.getLong("offers")))
                .single();
    }

    private record Timeliness(long rejections, long requestedWithinDay) {
    }

    /** Each rejection with the earliest sentAt of its application's feedback requests, if any. */
    private Timeliness timeliness(UUID org) {
        return jdbc.sql("""
                        SELECT count(*) AS rejections,
                               count(*) FILTER (WHERE first_request.sent_at <= r.received_at + interval '24 hours')
                                   AS requested_within_day
                        FROM analytics_rejection r
                        LEFT JOIN LATERAL (
                            SELECT min(q.sent_at) AS sent_at
                            FROM analytics_feedback_request q
                            WHERE q.organization_id = r.organization_id AND q.application_id = r.application_id
                        ) first_request ON true
                        WHERE r.organization_id = :org""")
                .param("org", org)
                .query((row, number) -> new Timeliness(row.getLong("rejections"),
                        row.getLong("requested_within_day")))
                .single();
    }

    private record Responses(long requested, long received, Double medianHours) {
    }

    /**
     * Per application with a feedback request: its first request, whether any feedback was received, and the first
     * feedback received at or after that request.
     */
    private Responses responses(UUID org) {
        return jdbc.sql("""
                        WITH first_request AS (
                            SELECT application_id, min(sent_at) AS sent_at
                            FROM analytics_feedback_request
                            WHERE organization_id = :org
                            GROUP BY application_id
                        ), answer AS (
                            SELECT q.application_id,
                                   count(f.event_id) AS receipts,
                                   min(f.received_at) FILTER (WHERE f.received_at >= q.sent_at) - q.sent_at AS waited
                            FROM first_request q
                            LEFT JOIN analytics_feedback_receipt f
                                   ON f.organization_id = :org AND f.application_id = q.application_id
                            GROUP BY q.application_id, q.sent_at
                        )
                        SELECT count(*) AS requested,
                               count(*) FILTER (WHERE receipts > 0) AS received,
                               percentile_cont(0.5) WITHIN GROUP
                                   (ORDER BY (extract(epoch FROM waited) / 3600)::double precision)
                                   FILTER (WHERE waited IS NOT NULL) AS median_hours
                        FROM answer""")
                .param("org", org)
                .query((row, number) -> new Responses(row.getLong("requested"), row.getLong("received"),
                        row.getObject("median_hours", Double.class)))
                .single();
    }

    /**
     * Mentions per competency, each entry withheld (null) when the candidates mentioned in that competency are at
     * least one but fewer than {@code minimum}. Candidates are counted per competency, not per weakness: a candidate
     * mentioned for two weaknesses of one competency is one of its candidates.
     */
    private Map<String, Long> weaknessByCompetency(UUID org, int minimum) {
        Map<String, Long> mentions = new LinkedHashMap<>();
        Map<String, Set<UUID>> candidates = new HashMap<>();
        for (Competency competency : Competency.values()) {
            mentions.put(competency.key(), 0L);
        }
        jdbc.sql("SELECT weakness, candidate_id, count(*) AS mentions FROM analytics_point_weakness"
                        + " WHERE organization_id = :org AND " + MENTION + " GROUP BY weakness, candidate_id")
                .param("org", org)
                .query(row -> {
                    long count = row.getLong("mentions");
                    UUID candidate = row.getObject("candidate_id", UUID.class);
                    competencyOf(row.getString("weakness")).ifPresent(competency -> {
                        mentions.merge(competency.key(), count, Long::sum);
                        candidates.computeIfAbsent(competency.key(), key -> new HashSet<>()).add(candidate);
                    });
                });
        candidates.forEach((competency, mentioned) -> {
            if (mentioned.size() < minimum) {
                mentions.put(competency, null);
            }
        });
        return mentions;
    }

    /**
     * The competency of a weakness key: from the taxonomy, or, for a skill area an organization added, from the key's
     * {@code competency.} prefix. A key matching neither belongs to no competency.
     */
    static Optional<Competency> competencyOf(String weakness) {
        Optional<Competency> known = WeaknessTaxonomy.standard().find(weakness).map(SkillArea::competency);
        if (known.isPresent() || weakness == null || weakness.indexOf('.') < 0) {
            return known;
        }
        String prefix = weakness.substring(0, weakness.indexOf('.'));
        return Arrays.stream(Competency.values()).filter(competency -> competency.key().equals(prefix)).findFirst();
    }

    private record Pair(UUID candidate, String weakness) {
    }

    private record Mentioned(Pair pair, Instant lastMention, Instant markedAddressedAt) {
    }

    /** Null when no one, or fewer than {@code minimum} candidates, have a mention. */
    private Double improvementRate(UUID org, int minimum) {
        List<Mentioned> mentioned = jdbc.sql("""
                        SELECT m.candidate_id, m.weakness, max(m.evaluated_at) AS last_mention,
                               (SELECT max(a.marked_at) FROM analytics_weakness_marked_addressed a
                                WHERE a.organization_id = m.organization_id AND a.candidate_id = m.candidate_id
                                  AND a.weakness = m.weakness) AS marked_at
                        FROM analytics_point_weakness m
                        WHERE m.organization_id = :org AND m.""" + MENTION + """

                        GROUP BY m.organization_id, m.candidate_id, m.weakness""")
                .param("org", org)
                .query((row, number) -> new Mentioned(
                        new Pair(row.getObject("candidate_id", UUID.class), row.getString("weakness")),
                        row.getObject("last_mention", OffsetDateTime.class).toInstant(),
                        instant(row.getObject("marked_at", OffsetDateTime.class))))
                .list();
        if (mentioned.stream().map(weakness -> weakness.pair().candidate()).distinct().count()
                < Math.max(1, minimum)) {
            return null;
        }
        Map<UUID, List<Instant>> evaluations = new HashMap<>();
        jdbc.sql("SELECT candidate_id, evaluated_at FROM analytics_evaluation WHERE organization_id = :org")
                .param("org", org)
                .query(row -> {
                    evaluations.computeIfAbsent(row.getObject("candidate_id", UUID.class), id -> new ArrayList<>())
                            .add(row.getObject("evaluated_at", OffsetDateTime.class).toInstant());
                });
        Map<Pair, List<LocalDate>> practice = new HashMap<>();
        jdbc.sql("SELECT candidate_id, weakness, held_on FROM analytics_practice WHERE organization_id = :org")
                .param("org", org)
                .query(row -> {
                    practice.computeIfAbsent(new Pair(row.getObject("candidate_id", UUID.class),
                                    row.getString("weakness")), pair -> new ArrayList<>())
                            .add(row.getObject("held_on", LocalDate.class));
                });
        long improving = mentioned.stream()
                .map(weakness -> WeaknessStatusRule.statusOf(weakness.lastMention(), weakness.markedAddressedAt(),
                        evaluations.getOrDefault(weakness.pair().candidate(), List.of()),
                        practice.getOrDefault(weakness.pair(), List.of())))
                .filter(status -> status == WeaknessStatus.IMPROVING || status == WeaknessStatus.ADDRESSED)
                .count();
        return ratio(improving, mentioned.size());
    }

    private Map<String, Long> furthestStages(UUID org) {
        Map<UUID, Stage> furthest = new HashMap<>();
        jdbc.sql("""
                        SELECT application_id, stage FROM analytics_interview WHERE organization_id = :org
                        UNION ALL
                        SELECT application_id, stage FROM analytics_rejection WHERE organization_id = :org""")
                .param("org", org)
                .query(row -> {
                    furthest.merge(row.getObject("application_id", UUID.class), Stage.valueOf(row.getString("stage")),
                            Stage::furthest);
                });
        Map<String, Long> applications = new LinkedHashMap<>();
        Arrays.stream(Stage.values()).sorted((a, b) -> Integer.compare(a.rank(), b.rank()))
                .forEach(stage -> applications.put(stage.name(), 0L));
        furthest.values().forEach(stage -> applications.merge(stage.name(), 1L, Long::sum));
        return applications;
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
