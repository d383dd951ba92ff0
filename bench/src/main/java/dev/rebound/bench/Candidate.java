package dev.rebound.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A candidate of the run with their own token, walking the feedback cycle one command at a time: track, interview,
 * reject, request feedback, record feedback, evaluate (the feedback is dated days back, so its cooling-off is over),
 * log an employer contact, log practice — then the next application. Only one client drives a candidate, so
 * {@link #next()} and {@link #acknowledged} are never called concurrently for the same candidate.
 */
final class Candidate {

    record Step(String name, String token, String path, Object body) {
    }

    private static final String[] NAMES = {"track", "interview", "rejection", "feedback_request", "feedback",
            "evaluation", "employer_contact", "practice"};

    private final String candidateId;
    private final String token;
    private int step;
    private int applications;
    private String applicationId;
    private String employerId;
    private final List<String> pointIds = new ArrayList<>();

    Candidate(String candidateId, String token) {
        this.candidateId = candidateId;
        this.token = token;
    }

    String candidateId() {
        return candidateId;
    }

    String token() {
        return token;
    }

    Step next() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String app = "/api/v1/applications/" + applicationId;
        String candidate = "/api/v1/candidates/" + candidateId;
        Object body;
        String path;
        switch (step) {
            case 0 -> {
                path = candidate + "/applications";
                body = track(applications);
            }
            case 1 -> {
                path = app + "/interviews";
                body = Map.of("heldOn", today.minusDays(15).toString(), "stage", "TECHNICAL");
            }
            case 2 -> {
                path = app + "/rejection";
                body = Map.of("receivedAt", now.minus(10, ChronoUnit.DAYS).toString(), "stageReached", "TECHNICAL",
                        "channel", "EMAIL");
            }
            case 3 -> {
                path = app + "/feedback-requests";
                body = Map.of("sentAt", now.minus(10, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS).toString(),
                        "channel", "EMAIL", "questions", List.of("weak-areas"));
            }
            case 4 -> {
                path = app + "/feedback";
                body = Map.of("receivedAt", now.minus(9, ChronoUnit.DAYS).toString(),
                        "points", List.of(Map.of("text", "Interrupted the panel"), Map.of("text", "Shallow statistics")));
            }
            case 5 -> {
                path = app + "/evaluation";
                List<Object> points = new ArrayList<>();
                for (String pointId : pointIds) {
                    points.add(Map.of("pointId", pointId, "verdict", "ACCEPTED", "ringsTrue", 4, "credibility", 4,
                            "weaknesses", List.of("communication.active-listening")));
                }
                body = Map.of("evaluatedAt", now.minus(1, ChronoUnit.HOURS).toString(), "points", points);
            }
            case 6 -> {
                path = candidate + "/employer-contacts";
                body = Map.of("employerId", employerId, "contactedAt", now.minus(30, ChronoUnit.MINUTES).toString(),
                        "channel", "EMAIL", "direction", "OUTBOUND", "purpose", "THANK_YOU");
            }
            default -> {
                path = candidate + "/practice-sessions";
                body = practice();
            }
        }
        return new Step(NAMES[step], token, path, body);
    }

    void acknowledged(Step done, JsonNode answer) {
        switch (step) {
            case 0 -> {
                applicationId = answer.get("applicationId").asText();
                employerId = answer.get("employerId").asText();
                applications++;
            }
            case 4 -> {
                pointIds.clear();
                answer.get("pointIds").forEach(id -> pointIds.add(id.asText()));
            }
            default -> {
            }
        }
        step = (step + 1) % NAMES.length;
    }

    /** After a refused command the candidate starts a new application, so the cycle never gets stuck. */
    void failed() {
        step = 0;
    }

    static Map<String, Object> track(int n) {
        return Map.of("employerName", "Bench Employer " + (n % 7), "roleTitle", "Data Analyst " + n,
                "appliedOn", LocalDate.now(ZoneOffset.UTC).minusDays(20).toString());
    }

    static Map<String, Object> practice() {
        return Map.of("heldOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), "minutes", 30,
                "type", "MOCK_INTERVIEW", "selfRating", 3);
    }
}
