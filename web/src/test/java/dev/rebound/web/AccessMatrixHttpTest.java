package dev.rebound.web;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.IssuedToken;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.AssignCoach;
import dev.rebound.api.organization.command.IssueToken;
import dev.rebound.api.organization.command.RevokeToken;
import dev.rebound.api.organization.command.SetCoachAccess;
import dev.rebound.web.EveryKindOfCaller.Caller;
import dev.rebound.web.EveryKindOfCaller.Target;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole authorization matrix of the API (docs/domain.md, "Who may see what", and README, "Security"): every
 * endpoint × every kind of caller × the caller's own, a same-organization and a foreign-organization id, each sent with
 * a valid request so that a 2xx is reachable, against the exact status expected. Every answer that differs is
 * collected, so a failure lists every leak at once; and every read of a candidate's data by someone else must have left
 * exactly one trace in the access audit.
 *
 * <p>Writes that are expected to succeed run on ids prepared for that one call (a fresh application in the state the
 * command needs, a fresh token to revoke, a new e-mail address), and writes that change what others may see (consent)
 * send what is already so; replays run last. So the expectations hold in any order of the cases.
 */
@ReboundHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixHttpTest {

    static final String TOKEN = ReboundHttpTest.TOKEN;
    /** Who calls: the platform admin by the bootstrap token, the rest by their personal access tokens. */
    static final List<String> CALLERS = EveryKindOfCaller.CALLERS;

    /*
     * Targets, as EveryKindOfCaller prepares them. Candidates: "ada" is the candidate caller herself, assigned to
     * coachWithConsent and consenting; "bob" is in the same organization, assigned to coachWithoutConsent, and never
     * consents; "eve" is the foreign candidate herself, in the other organization. Applications are these candidates'
     * applications. Organizations: "org" and "otherOrg". Members: "self" (the caller), "orgMember" (another member of
     * org), "foreignMember" (a member of otherOrg). "ok" stands for the endpoint's success status, "-" for a case that
     * does not exist.
     */

    private static final String CANDIDATE_READS = """
                                 ada  bob  eve
            platformAdmin        ok   ok   404
            orgAdmin             ok   ok   404
            coachWithConsent     ok   404  404
            coachWithoutConsent  404  404  404
            unassignedCoach      404  404  404
            candidate            ok   404  404
            analyst              404  404  404
            foreignAdmin         404  404  ok
            foreignCandidate     404  404  ok
            """;

    private static final String CANDIDATE_WRITES = """
                                 ada  bob  eve
            platformAdmin        ok   ok   404
            orgAdmin             ok   ok   404
            coachWithConsent     403  404  404
            coachWithoutConsent  404  404  404
            unassignedCoach      404  404  404
            candidate            ok   404  404
            analyst              404  404  404
            foreignAdmin         404  404  ok
            foreignCandidate     404  404  ok
            """;

    private static final String ASSIGN_COACH = """
                                 ada  bob  eve
            platformAdmin        ok   ok   404
            orgAdmin             ok   ok   404
            coachWithConsent     403  404  404
            coachWithoutConsent  404  404  404
            unassignedCoach      404  404  404
            candidate            403  404  404
            analyst              404  404  404
            foreignAdmin         404  404  ok
            foreignCandidate     404  404  403
            """;

    private static final String COACH_ACCESS = """
                                 ada  bob  eve
            platformAdmin        403  403  404
            orgAdmin             403  403  404
            coachWithConsent     403  404  404
            coachWithoutConsent  404  404  404
            unassignedCoach      404  404  404
            candidate            ok   404  404
            analyst              404  404  404
            foreignAdmin         404  404  403
            foreignCandidate     404  404  ok
            """;

    private static final String CANDIDATE_ACCESS_LOG = """
                                 ada  bob  eve
            platformAdmin        ok   ok   404
            orgAdmin             ok   ok   404
            coachWithConsent     404  404  404
            coachWithoutConsent  404  404  404
            unassignedCoach      404  404  404
            candidate            ok   404  404
            analyst              404  404  404
            foreignAdmin         404  404  ok
            foreignCandidate     404  404  ok
            """;

    private static final String ORGANIZATION_READS = """
                                 org  otherOrg
            platformAdmin        ok   404
            orgAdmin             ok   404
            coachWithConsent     404  404
            coachWithoutConsent  404  404
            unassignedCoach      404  404
            candidate            404  404
            analyst              404  404
            foreignAdmin         404  ok
            foreignCandidate     404  404
            """;

    private static final String ANALYTICS = """
                                 org  otherOrg
            platformAdmin        ok   404
            orgAdmin             ok   404
            coachWithConsent     404  404
            coachWithoutConsent  404  404
            unassignedCoach      404  404
            candidate            404  404
            analyst              ok   404
            foreignAdmin         404  ok
            foreignCandidate     404  404
            """;

    private static final String ADD_MEMBER = """
                                 org  otherOrg
            platformAdmin        ok   ok
            orgAdmin             ok   404
            coachWithConsent     404  404
            coachWithoutConsent  404  404
            unassignedCoach      404  404
            candidate            404  404
            analyst              404  404
            foreignAdmin         404  ok
            foreignCandidate     404  404
            """;

    private static final String TOKENS = """
                                 self  orgMember  foreignMember
            platformAdmin        -     ok         ok
            orgAdmin             ok    ok         404
            coachWithConsent     ok    404        404
            coachWithoutConsent  ok    404        404
            unassignedCoach      ok    404        404
            candidate            ok    404        404
            analyst              ok    404        404
            foreignAdmin         ok    404        ok
            foreignCandidate     ok    404        404
            """;

    /**
     * Issuing a token: the member itself or the platform admin; an org admin sees the organization's members but hands
     * over only a new member's first token (with the member), so another member's token is a 403.
     */
    private static final String ISSUE_TOKENS = """
                                 self  orgMember  foreignMember
            platformAdmin        -     ok         ok
            orgAdmin             ok    403        404
            coachWithConsent     ok    404        404
            coachWithoutConsent  ok    404        404
            unassignedCoach      ok    404        404
            candidate            ok    404        404
            analyst              ok    404        404
            foreignAdmin         ok    404        403
            foreignCandidate     ok    404        404
            """;

    private static final String PLATFORM_ADMIN_ONLY = """
                                 any
            platformAdmin        ok
            orgAdmin             404
            coachWithConsent     404
            coachWithoutConsent  404
            unassignedCoach      404
            candidate            404
            analyst              404
            foreignAdmin         404
            foreignCandidate     404
            """;

    /** A coach's own list of candidates: only a coach has one; the path names no data, so the others get 403. */
    private static final String COACHES_OWN = """
                                 me
            platformAdmin        403
            orgAdmin             403
            coachWithConsent     ok
            coachWithoutConsent  ok
            unassignedCoach      ok
            candidate            403
            analyst              403
            foreignAdmin         403
            foreignCandidate     403
            """;

    private static final String EVERYONE = """
                                 any
            platformAdmin        ok
            orgAdmin             ok
            coachWithConsent     ok
            coachWithoutConsent  ok
            unassignedCoach      ok
            candidate            ok
            analyst              ok
            foreignAdmin         ok
            foreignCandidate     ok
            """;

    private static final String COACHES_OWN_PATH = "/api/v1/coaches/me/candidates";

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final AtomicInteger emails = new AtomicInteger();

    /** A valid request to an endpoint for one case. */
    private record Call(String path, String body) {
    }

    @FunctionalInterface
    private interface Calls {
        Call build(String caller, String target, boolean succeeds);
    }

    /** An endpoint of the API with its expected answers, and how a valid request to it is made. */
    private record Endpoint(String method, String template, int success, Map<String, Map<String, String>> expected,
                            Calls calls) {
    }

    private EveryKindOfCaller fixture;
    private Map<String, Caller> callers;
    private Map<String, Target> candidates;
    private OrganizationId org;
    private MemberId coachWithConsent;

    @BeforeAll
    void twoOrganizationsWithEveryKindOfCaller() {
        fixture = new EveryKindOfCaller(port, commands);
        callers = fixture.callers();
        candidates = fixture.candidates();
        org = fixture.org();
        coachWithConsent = fixture.coachWithConsent();
    }

    /** The application is shared: the replay the matrix started is over before the next test class reads. */
    @AfterAll
    void theReplayIsOver() {
        ApiClient platform = new ApiClient(port, TOKEN);
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of("LIVE", "DONE")
                .contains(ApiClient.json(platform.get("/api/v1/admin/projections/progress/replay")).get("state")
                        .asString()));
    }

    private String at(Duration ago) {
        return now.minus(ago).toString();
    }

    private String day(int daysAgo) {
        return LocalDate.ofInstant(now.minus(Duration.ofDays(daysAgo)), ZoneOffset.UTC).toString();
    }

    // --- preparing an application in the state a command needs, through its candidate's own token ---

    private String track(Target target) {
        return target.own().accepted("/api/v1/candidates/" + target.id() + "/applications",
                "{\"employerName\": \"Globex\", \"roleTitle\": \"Analyst\", \"appliedOn\": \"" + day(20) + "\"}")
                .get("applicationId").asString();
    }

    private String rejected(Target target) {
        String application = track(target);
        target.own().accepted("/api/v1/applications/" + application + "/rejection",
                "{\"receivedAt\": \"" + at(Duration.ofDays(10)) + "\", \"stageReached\": \"ONSITE\", "
                        + "\"channel\": \"EMAIL\"}");
        return application;
    }

    private String feedbackRequested(Target target) {
        String application = rejected(target);
        target.own().accepted("/api/v1/applications/" + application + "/feedback-requests", feedbackRequest());
        return application;
    }

    private String feedbackRequest() {
        return "{\"sentAt\": \"" + at(Duration.ofDays(10).minusHours(1)) + "\", \"channel\": \"EMAIL\", "
                + "\"questions\": [\"weak-areas\"]}";
    }

    private String feedback() {
        return "{\"receivedAt\": \"" + at(Duration.ofDays(9)) + "\", \"points\": [{\"text\": \"Interrupted\"}]}";
    }

    private String evaluation(String pointId) {
        return "{\"evaluatedAt\": \"" + at(Duration.ofDays(5)) + "\", \"points\": [{\"pointId\": \"" + pointId
                + "\", \"verdict\": \"ACCEPTED\", \"weaknesses\": [\"communication.active-listening\"]}]}";
    }

    // --- the endpoints ---

    private static Map<String, Map<String, String>> table(String text) {
        List<String[]> rows = text.strip().lines().map(line -> line.strip().split("\\s+")).toList();
        String[] targets = rows.getFirst();
        Map<String, Map<String, String>> table = new LinkedHashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            assertThat(row).as("a row of %s", String.join(" ", targets)).hasSize(targets.length + 1);
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < targets.length; i++) {
                cells.put(targets[i], row[i + 1]);
            }
            table.put(row[0], cells);
        }
        assertThat(table.keySet()).containsExactlyElementsOf(CALLERS);
        return table;
    }

    private Endpoint endpoint(String method, String template, int success, String expected, Calls calls) {
        return new Endpoint(method, template, success, table(expected), calls);
    }

    private String candidatePath(String target, String rest) {
        return "/api/v1/candidates/" + candidates.get(target).id() + rest;
    }

    /** An application endpoint: on a fresh application in the needed state when the call should succeed. */
    private Endpoint applicationWrite(String rest, java.util.function.Function<Target, String> prepared,
                                      java.util.function.BiFunction<Target, String, String> body) {
        return endpoint("POST", "/api/v1/applications/{applicationId}/" + rest, 202, CANDIDATE_WRITES,
                (caller, target, succeeds) -> {
                    Target candidate = candidates.get(target);
                    String application = succeeds ? prepared.apply(candidate) : candidate.application();
                    return new Call("/api/v1/applications/" + application + "/" + rest,
                            body.apply(candidate, application));
                });
    }

    private String tokensPath(String caller, String target) {
        return fixture.tokensPath(caller, target);
    }

    private String organization(String target) {
        return fixture.organization(target).toString();
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String read : List.of("timeline", "weakness-trends", "employer-relationships", "todo", "progress",
                "applications")) {
            endpoints.add(endpoint("GET", "/api/v1/candidates/{candidateId}/" + read, 200, CANDIDATE_READS,
                    (caller, target, succeeds) -> new Call(candidatePath(target, "/" + read), null)));
        }
        endpoints.add(endpoint("GET", "/api/v1/candidates/{candidateId}/access-log", 200, CANDIDATE_ACCESS_LOG,
                (caller, target, succeeds) -> new Call(candidatePath(target, "/access-log"), null)));
        // the tokens issued for the candidate: the same readers as the access log
        endpoints.add(endpoint("GET", "/api/v1/candidates/{candidateId}/tokens", 200, CANDIDATE_ACCESS_LOG,
                (caller, target, succeeds) -> new Call(candidatePath(target, "/tokens"), null)));
        endpoints.add(endpoint("POST", "/api/v1/candidates/{candidateId}/applications", 202, CANDIDATE_WRITES,
                (caller, target, succeeds) -> new Call(candidatePath(target, "/applications"),
                        "{\"employerName\": \"Initech\", \"roleTitle\": \"Analyst\"}")));
        endpoints.add(endpoint("POST", "/api/v1/candidates/{candidateId}/employer-contacts", 202, CANDIDATE_WRITES,
                (caller, target, succeeds) -> new Call(candidatePath(target, "/employer-contacts"),
                        "{\"employerId\": \"" + candidates.get(target).employerId() + "\", \"contactedAt\": \""
                                + at(Duration.ofHours(1)) + "\", \"direction\": \"OUTBOUND\", \"channel\": \"EMAIL\","
                                + " \"purpose\": \"KEEP_IN_TOUCH\", \"message\": \"Thank you again.\"}")));
        endpoints.add(endpoint("PUT", "/api/v1/candidates/{candidateId}/employers/{employerId}/do-not-contact", 204,
                CANDIDATE_WRITES, (caller, target, succeeds) -> new Call(candidatePath(target, "/employers/"
                        + candidates.get(target).employerId() + "/do-not-contact"),
                        "{\"doNotContact\": false, \"reason\": \"Still in touch\"}")));
        endpoints.add(endpoint("POST", "/api/v1/candidates/{candidateId}/practice-sessions", 202, CANDIDATE_WRITES,
                (caller, target, succeeds) -> new Call(candidatePath(target, "/practice-sessions"),
                        "{\"heldOn\": \"" + day(1) + "\", \"type\": \"READING\", \"minutes\": 30}")));
        endpoints.add(endpoint("PUT", "/api/v1/candidates/{candidateId}/weaknesses/{key}/addressed", 204,
                CANDIDATE_WRITES, (caller, target, succeeds) -> new Call(candidatePath(target,
                        "/weaknesses/communication.active-listening/addressed"), "{\"note\": \"Practised\"}")));
        endpoints.add(endpoint("POST", "/api/v1/candidates/{candidateId}/coaches", 204, ASSIGN_COACH,
                (caller, target, succeeds) -> new Call(candidatePath(target, "/coaches"),
                        "{\"coachMemberId\": \"" + candidates.get(target).coach() + "\"}")));
        // what is already so: a case must not change who sees whom for the cases after it
        endpoints.add(endpoint("PUT", "/api/v1/candidates/{candidateId}/coach-access", 204, COACH_ACCESS,
                (caller, target, succeeds) -> new Call(candidatePath(target, "/coach-access"),
                        "{\"granted\": " + candidates.get(target).consents() + "}")));

        endpoints.add(applicationWrite("interviews", this::track,
                (target, application) -> "{\"stage\": \"ONSITE\", \"heldOn\": \"" + day(15) + "\"}"));
        endpoints.add(applicationWrite("rejection", this::track, (target, application) ->
                "{\"receivedAt\": \"" + at(Duration.ofDays(10)) + "\", \"stageReached\": \"ONSITE\", "
                        + "\"channel\": \"EMAIL\"}"));
        endpoints.add(applicationWrite("feedback-requests", this::rejected,
                (target, application) -> feedbackRequest()));
        endpoints.add(applicationWrite("feedback", this::feedbackRequested, (target, application) -> feedback()));
        endpoints.add(applicationWrite("feedback-declined", this::feedbackRequested, (target, application) ->
                "{\"receivedAt\": \"" + at(Duration.ofDays(9)) + "\", \"note\": \"Policy\"}"));
        endpoints.add(applicationWrite("evaluation", this::feedbackRequested, (target, application) -> {
            if (application.equals(target.application())) {
                return evaluation(UUID.randomUUID().toString()); // a case that must not get this far
            }
            return evaluation(target.own().accepted("/api/v1/applications/" + application + "/feedback",
                    feedback()).get("pointIds").get(0).asString());
        }));
        endpoints.add(applicationWrite("offer", this::track, (target, application) ->
                "{\"receivedAt\": \"" + at(Duration.ofDays(1)) + "\", \"note\": \"Senior role\"}"));

        for (String read : List.of("contact-audit", "access-log")) {
            endpoints.add(endpoint("GET", "/api/v1/organizations/{organizationId}/" + read, 200, ORGANIZATION_READS,
                    (caller, target, succeeds) -> new Call("/api/v1/organizations/" + organization(target) + "/"
                            + read, null)));
        }
        endpoints.add(endpoint("GET", "/api/v1/organizations/{organizationId}/analytics", 200, ANALYTICS,
                (caller, target, succeeds) -> new Call("/api/v1/organizations/" + organization(target)
                        + "/analytics", null)));
        endpoints.add(endpoint("POST", "/api/v1/organizations", 202, PLATFORM_ADMIN_ONLY,
                (caller, target, succeeds) -> new Call("/api/v1/organizations", "{\"name\": \"Eastside\"}")));
        endpoints.add(endpoint("POST", "/api/v1/organizations/{organizationId}/members", 202, ADD_MEMBER,
                (caller, target, succeeds) -> new Call("/api/v1/organizations/" + organization(target) + "/members",
                        "{\"role\": \"ANALYST\", \"displayName\": \"Ann\", \"email\": \"ann" + emails.incrementAndGet()
                                + "@matrix.example\"}")));
        endpoints.add(endpoint("POST", "/api/v1/organizations/{organizationId}/members/{memberId}/tokens", 202,
                ISSUE_TOKENS, (caller, target, succeeds) -> new Call(tokensPath(caller, target), "{\"name\": \"phone\"}")));
        endpoints.add(endpoint("DELETE",
                "/api/v1/organizations/{organizationId}/members/{memberId}/tokens/{tokenId}", 204, TOKENS,
                (caller, target, succeeds) -> {
                    String tokens = tokensPath(caller, target);
                    String[] ids = tokens.split("/");
                    IssuedToken spare = commands.sendAndWait(new IssueToken(OrganizationId.of(UUID.fromString(
                            ids[4])), MemberId.of(UUID.fromString(ids[6])), "spare"));
                    return new Call(tokens + "/" + spare.tokenId(), null);
                }));

        // late: an erasure leaves every status as it was, but the candidate's texts read as erased from then on
        endpoints.add(endpoint("DELETE", "/api/v1/candidates/{candidateId}/personal-data", 204, CANDIDATE_WRITES,
                (caller, target, succeeds) -> new Call(candidatePath(target, "/personal-data"), null)));

        endpoints.add(endpoint("GET", COACHES_OWN_PATH, 200, COACHES_OWN,
                (caller, target, succeeds) -> new Call(COACHES_OWN_PATH, null)));
        endpoints.add(endpoint("POST", "/api/v1/tone-check", 200, EVERYONE,
                (caller, target, succeeds) -> new Call("/api/v1/tone-check",
                        "{\"text\": \"That was unfair. Why didn't I get the job?\"}")));
        endpoints.add(endpoint("GET", "/api/v1/catalogue/weaknesses", 200, EVERYONE,
                (caller, target, succeeds) -> new Call("/api/v1/catalogue/weaknesses", null)));
        endpoints.add(endpoint("GET", "/api/v1/catalogue/feedback-questions", 200, EVERYONE,
                (caller, target, succeeds) -> new Call("/api/v1/catalogue/feedback-questions", null)));
        endpoints.add(endpoint("GET", "/api/v1/admin/projections", 200, PLATFORM_ADMIN_ONLY,
                (caller, target, succeeds) -> new Call("/api/v1/admin/projections", null)));
        endpoints.add(endpoint("GET", "/api/v1/admin/projections/{name}/replay", 200, PLATFORM_ADMIN_ONLY,
                (caller, target, succeeds) -> new Call("/api/v1/admin/projections/progress/replay", null)));
        // last: a replay rebuilds a read model the reads above use
        endpoints.add(endpoint("POST", "/api/v1/admin/projections/{name}/replay", 202, PLATFORM_ADMIN_ONLY,
                (caller, target, succeeds) -> new Call("/api/v1/admin/projections/progress/replay", null)));
        return endpoints;
    }

    @Test
    void everyCallerGetsExactlyWhatItMayOnEveryEndpoint() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).extracting(endpoint -> endpoint.method() + " " + endpoint.template())
                .as("every operation of the API is in the matrix")
                .containsExactlyInAnyOrderElementsOf(ApiContractHttpTest.OPERATIONS);
        Instant start = Instant.now();
        Map<String, Integer> expectedTraces = new HashMap<>();

        List<String> mismatches = new ArrayList<>();
        int cases = 0;
        for (Endpoint endpoint : endpoints) {
            for (Map.Entry<String, Map<String, String>> row : endpoint.expected().entrySet()) {
                String caller = row.getKey();
                for (Map.Entry<String, String> cell : row.getValue().entrySet()) {
                    if (cell.getValue().equals("-")) {
                        continue;
                    }
                    int expected = cell.getValue().equals("ok") ? endpoint.success()
                            : Integer.parseInt(cell.getValue());
                    Call call = endpoint.calls().build(caller, cell.getKey(), expected / 100 == 2);
                    HttpResponse<String> answer = callers.get(caller).api()
                            .send(endpoint.method(), call.path(), call.body());
                    cases++;
                    if (answer.statusCode() != expected) {
                        mismatches.add("%s %s %s on %s → %d, expected %d: %s".formatted(caller, endpoint.method(),
                                endpoint.template(), cell.getKey(), answer.statusCode(), expected,
                                answer.body().length() > 160 ? answer.body().substring(0, 160) : answer.body()));
                    }
                    if (expected == 200 && isReadOfOthersData(endpoint, caller)) {
                        expectedTraces.merge(cell.getKey().equals("eve") ? "otherOrg" : "org", 1, Integer::sum);
                    }
                    if (answer.statusCode() == 200 && endpoint.template().endsWith("/contact-audit")) {
                        // the organization's contact audit shows candidates' contacts: one read of each it shows
                        Set<String> shown = new HashSet<>();
                        ApiClient.json(answer).get("items").forEach(item -> shown.add(item.get("candidateId")
                                .asString()));
                        expectedTraces.merge(cell.getKey(), shown.size(), Integer::sum);
                    }
                    if (answer.statusCode() == 200 && endpoint.template().equals(COACHES_OWN_PATH)) {
                        // each candidate a coach's list shows is one read of theirs
                        expectedTraces.merge("org", ApiClient.json(answer).get("items").size(), Integer::sum);
                    }
                }
            }
        }
        expectedTraces.forEach((organization, traces) -> {
            String reader = organization.equals("org") ? "platformAdmin" : "foreignAdmin";
            int recorded = ApiClient.json(callers.get(reader).api().get("/api/v1/organizations/"
                    + organization(organization) + "/access-log?size=1&from=" + start)).get("total").asInt();
            if (recorded != traces) {
                mismatches.add("access audit of %s: %d reads of candidates' data recorded, expected %d"
                        .formatted(organization, recorded, traces));
            }
        });

        assertThat(cases).isGreaterThan(600);
        assertThat(mismatches).as("answers that differ from the matrix, of %d cases", cases).isEmpty();
    }

    private static boolean isReadOfOthersData(Endpoint endpoint, String caller) {
        return endpoint.method().equals("GET") && endpoint.template().startsWith("/api/v1/candidates/")
                && !endpoint.template().endsWith("/access-log") && !endpoint.template().endsWith("/tokens")
                && !caller.equals("candidate") && !caller.equals("foreignCandidate");
    }

    @Test
    void aCoachsListShowsTheFiguresOfWhoConsentsAndOnlyTheNameOfWhoDoesNot() {
        var withConsent = ApiClient.json(callers.get("coachWithConsent").api().get(COACHES_OWN_PATH)).get("items");
        var ada = withConsent.get(0);
        assertThat(ada.get("candidateId").asString()).isEqualTo(candidates.get("ada").id().toString());
        assertThat(ada.get("displayName").asString()).as("the name added, unless the matrix erased it")
                .isIn("CANDIDATE", dev.rebound.api.privacy.PersonalData.ERASED);
        assertThat(ada.get("accessGranted").asBoolean()).isTrue();
        assertThat(ada.get("applications").isNumber()).isTrue();

        var withoutConsent = ApiClient.json(callers.get("coachWithoutConsent").api().get(COACHES_OWN_PATH))
                .get("items");
        assertThat(withoutConsent).hasSize(1);
        var bob = withoutConsent.get(0);
        assertThat(bob.get("candidateId").asString()).isEqualTo(candidates.get("bob").id().toString());
        assertThat(bob.get("accessGranted").asBoolean()).isFalse();
        assertThat(List.of("applications", "rejections", "offers", "lastActivityAt"))
                .allSatisfy(figure -> assertThat(bob.get(figure).isNull()).as(figure).isTrue());
        assertThat(ApiClient.json(callers.get("unassignedCoach").api().get(COACHES_OWN_PATH)).get("items"))
                .isEmpty();
    }

    @Test
    void theApplicationListShowsEachApplicationAsItStandsToWhoeverMayReadTheCandidate() {
        Target ada = candidates.get("ada");
        String offered = track(ada);
        ada.own().accepted("/api/v1/applications/" + offered + "/offer",
                "{\"receivedAt\": \"" + at(Duration.ofDays(1)) + "\"}");
        String path = "/api/v1/candidates/" + ada.id() + "/applications?size=200";

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ApiClient.json(ada.own().get(path))
                .get("items").valueStream().filter(item -> item.get("applicationId").asString().equals(offered))
                .map(item -> item.get("status").asString())).containsExactly("OFFER"));
        for (String reader : List.of("orgAdmin", "coachWithConsent")) {
            var page = ApiClient.json(callers.get(reader).api().get(path));
            assertThat(page.get("total").asInt()).as(reader).isEqualTo(page.get("items").size()).isPositive();
            assertThat(page.get("items").get(page.get("items").size() - 1).get("employerName").asString())
                    .as("the oldest, last").isEqualTo("Acme");
        }
        var firstOnly = ApiClient.json(callers.get("orgAdmin").api().get(path.replace("size=200", "size=1")));
        assertThat(firstOnly.get("items")).hasSize(1);
        assertThat(firstOnly.get("total").asInt()).isGreaterThan(1);
        assertThat(callers.get("analyst").api().get(path).statusCode()).isEqualTo(404);
        assertThat(callers.get("coachWithoutConsent").api().get(path).statusCode()).isEqualTo(404);
        assertThat(callers.get("foreignAdmin").api().get(path).statusCode()).isEqualTo(404);
        assertThat(ApiClient.problem(ada.own().get(path.replace("size=200", "size=201")), 422).get("errors")
                .get(0).get("field").asString()).isEqualTo("size");
    }

    @Test
    void theUisCandidatePagesFollowTheSamePolicy() {
        String ada = "/candidates/" + candidates.get("ada").id();
        String bob = "/candidates/" + candidates.get("bob").id();
        String eve = "/candidates/" + candidates.get("eve").id();
        UiSession coach = UiSession.signedIn(port, token("coachWithConsent"));
        UiSession candidate = UiSession.signedIn(port, token("candidate"));
        UiSession analyst = UiSession.signedIn(port, token("analyst"));
        UiSession platformAdmin = UiSession.signedIn(port, TOKEN);

        assertThat(coach.get(ada).statusCode()).isEqualTo(200);
        assertThat(coach.get(bob).statusCode()).as("assigned, no consent").isEqualTo(404);
        assertThat(coach.get(eve).statusCode()).isEqualTo(404);
        assertThat(coach.get(ada + "/practice/new").statusCode()).as("a coach gets no form").isEqualTo(403);
        assertThat(coach.post(ada, ada + "/practice/new", Map.of("heldOn", day(1),
                "type", "READING", "minutes", "30")).statusCode()).as("a coach records nothing").isEqualTo(403);
        assertThat(candidate.get(ada).statusCode()).isEqualTo(200);
        assertThat(candidate.get(bob).statusCode()).isEqualTo(404);
        assertThat(candidate.get(ada + "/applications/" + candidates.get("bob").application() + "/rejection")
                .statusCode()).as("another's application under one's own id").isEqualTo(404);
        assertThat(candidate.get("/coach").statusCode()).isEqualTo(404);
        assertThat(analyst.get("/coach").statusCode()).isEqualTo(404);
        assertThat(analyst.get(ada).statusCode()).isEqualTo(404);
        assertThat(platformAdmin.get(ada).statusCode()).isEqualTo(200);
        assertThat(platformAdmin.get(eve).statusCode()).as("another organization's candidate").isEqualTo(404);
    }

    private String token(String caller) {
        return callers.get(caller).token();
    }

    @Test
    void consentRevokedCountsAtOnce() {
        CandidateId carl = CandidateId.random();
        fixture.member(org, Role.CANDIDATE, carl, "carl");
        commands.sendAndWait(new AssignCoach(carl, org, coachWithConsent));
        commands.sendAndWait(new SetCoachAccess(carl, org, true));
        ApiClient coach = callers.get("coachWithConsent").api();
        String carlsData = "/api/v1/candidates/" + carl + "/progress";
        assertThat(coach.get(carlsData).statusCode()).isEqualTo(200);

        ApiClient carlsOwn = callers.remove("carl").api();
        assertThat(carlsOwn.send("PUT", "/api/v1/candidates/" + carl + "/coach-access", "{\"granted\": false}")
                .statusCode()).isEqualTo(204);

        assertThat(coach.get(carlsData).statusCode()).isEqualTo(404);
    }

    @Test
    void revokedAndUnknownTokensAreRefused() {
        MemberId dave = MemberId.random();
        commands.sendAndWait(new AddMember(org, dave, Role.ANALYST, "Dave", "dave@example.org", null));
        IssuedToken issued = commands.sendAndWait(new IssueToken(org, dave, "old laptop"));
        ApiClient api = new ApiClient(port, issued.token());
        assertThat(api.get("/api/v1/catalogue/weaknesses").statusCode()).isEqualTo(200);

        commands.sendAndWait(new RevokeToken(org, dave, issued.tokenId()));

        ApiClient.problem(api.get("/api/v1/catalogue/weaknesses"), 401);
        ApiClient.problem(new ApiClient(port, "rbt_" + UUID.randomUUID()).get("/api/v1/catalogue/weaknesses"), 401);
    }

    @Test
    void administrationOverHttpFollowsTheRoles() {
        ApiClient platform = new ApiClient(port, TOKEN);
        String created = platform.accepted("/api/v1/organizations", "{\"name\": \"Eastside\"}")
                .get("organizationId").asString();
        var orgAdmin = platform.accepted("/api/v1/organizations/" + created + "/members",
                "{\"role\": \"ORG_ADMIN\", \"displayName\": \"Olga\", \"email\": \"olga@eastside.example\"}");
        ApiClient olga = new ApiClient(port, orgAdmin.get("token").asString());
        var coach = olga.accepted("/api/v1/organizations/" + created + "/members",
                "{\"role\": \"COACH\", \"displayName\": \"Dana\", \"email\": \"dana@eastside.example\"}");
        var candidate = olga.accepted("/api/v1/organizations/" + created + "/members",
                "{\"role\": \"CANDIDATE\", \"displayName\": \"Cleo\", \"email\": \"cleo@eastside.example\"}");
        ApiClient cleo = new ApiClient(port, candidate.get("token").asString());
        ApiClient dana = new ApiClient(port, coach.get("token").asString());
        String cleosData = "/api/v1/candidates/" + candidate.get("candidateId").asString();

        assertThat(olga.send("POST", cleosData + "/coaches", "{\"coachMemberId\": \""
                + candidate.get("memberId").asString() + "\"}").statusCode()).as("no coach").isEqualTo(409);
        assertThat(olga.send("POST", cleosData + "/coaches", "{\"coachMemberId\": \""
                + coach.get("memberId").asString() + "\"}").statusCode()).isEqualTo(204);
        assertThat(dana.get(cleosData + "/timeline").statusCode()).as("assigned, no consent yet").isEqualTo(404);
        assertThat(cleo.send("PUT", cleosData + "/coach-access", "{\"granted\": true}").statusCode())
                .isEqualTo(204);
        assertThat(dana.get(cleosData + "/timeline").statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(cleo.get(cleosData + "/access-log")).get("items").get(0).get("readerMemberId")
                .asString()).as("Cleo sees who looked").isEqualTo(coach.get("memberId").asString());
    }
}
