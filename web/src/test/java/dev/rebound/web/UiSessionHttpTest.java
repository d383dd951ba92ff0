package dev.rebound.web;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.IssuedToken;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.AssignCoach;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.organization.command.IssueToken;
import dev.rebound.api.organization.command.RevokeToken;
import dev.rebound.api.organization.command.SetCoachAccess;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The UI's session over HTTP, with a cookie-keeping client: each role lands on its own page and is offered only the
 * pages it may open (the others answer "not found"); a candidate's pages follow the API's access rules; a token
 * revoked after signing in ends the session at the next click.
 */
@ReboundHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiSessionHttpTest {

    static final String TOKEN = ReboundHttpTest.TOKEN;
    private static final String CANDIDATES = "/candidates";
    private static final String COACH = "/coach";
    private static final String AUDIT = "/organization/audit";
    private static final String ANALYTICS = "/organization/analytics";

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    private final OrganizationId org = OrganizationId.random();
    private final CandidateId ada = CandidateId.random();
    private final CandidateId bob = CandidateId.random();
    private final MemberId coach = MemberId.random();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private String adaApplication;
    private String bobApplication;

    @BeforeAll
    void organizationWithMembers() {
        commands.sendAndWait(new CreateOrganization(org, "Riverside"));
        tokens.put("platform", TOKEN);
        member("admin", MemberId.random(), Role.ORG_ADMIN, null);
        member("coach", coach, Role.COACH, null);
        member("analyst", MemberId.random(), Role.ANALYST, null);
        member("ada", MemberId.random(), Role.CANDIDATE, ada);
        member("bob", MemberId.random(), Role.CANDIDATE, bob);
        commands.sendAndWait(new AssignCoach(ada, org, coach));
        commands.sendAndWait(new SetCoachAccess(ada, org, true));
        commands.sendAndWait(new AssignCoach(bob, org, coach)); // assigned, but Bob never consents
        adaApplication = track("ada", ada);
        bobApplication = track("bob", bob);
    }

    private IssuedToken member(String name, MemberId member, Role role, CandidateId candidate) {
        commands.sendAndWait(new AddMember(org, member, role, name, name + "@riverside.example", candidate));
        IssuedToken issued = commands.sendAndWait(new IssueToken(org, member, "ui session test"));
        tokens.put(name, issued.token());
        return issued;
    }

    private String track(String who, CandidateId candidate) {
        return new ApiClient(port, tokens.get(who)).accepted("/api/v1/candidates/" + candidate + "/applications",
                "{\"employerName\": \"Acme\", \"roleTitle\": \"Analyst\"}").get("applicationId").asString();
    }

    private UiSession signedIn(String who) {
        UiSession session = new UiSession(port);
        session.signIn(tokens.get(who));
        return session;
    }

    @Test
    void eachRoleLandsOnItsPageAndIsOfferedOnlyThePagesItMayOpen() {
        String adasDashboard = CANDIDATES + "/" + ada.value();
        Map<String, List<String>> offered = new LinkedHashMap<>();
        offered.put("platform", List.of(CANDIDATES, COACH, AUDIT, ANALYTICS));
        offered.put("admin", List.of(CANDIDATES, COACH, AUDIT, ANALYTICS));
        offered.put("coach", List.of(COACH));
        offered.put("ada", List.of(adasDashboard, adasDashboard + "/privacy"));
        offered.put("analyst", List.of(ANALYTICS));
        Map<String, String> landing = Map.of("platform", CANDIDATES, "admin", CANDIDATES, "coach", COACH,
                "ada", adasDashboard, "analyst", ANALYTICS);

        List<String> wrong = new ArrayList<>();
        offered.forEach((who, links) -> {
            UiSession session = new UiSession(port);
            UiSession.Page landed = session.signIn(tokens.get(who));
            check(wrong, who + " lands on", landed.path() + " " + landed.status(), landing.get(who) + " 200");
            check(wrong, who + " is offered", landed.navigation(), links);
            check(wrong, who + " opening /", UiSession.location(session.get("/")), landing.get(who));
            for (String page : Set.of(CANDIDATES, COACH, AUDIT, ANALYTICS, AUDIT + ".csv", adasDashboard)) {
                boolean may = links.contains(page) || page.equals(AUDIT + ".csv") && links.contains(AUDIT)
                        || page.equals(adasDashboard) && !who.equals("analyst") && !who.equals("platform");
                check(wrong, who + " opening " + page, session.get(page).statusCode(), may ? 200 : 404);
            }
        });
        assertThat(wrong).isEmpty();
    }

    private static void check(List<String> wrong, String what, Object actual, Object expected) {
        if (!actual.equals(expected)) {
            wrong.add(what + ": " + actual + ", expected " + expected);
        }
    }

    @Test
    void aCandidatesPagesFollowTheApiAccessRules() {
        String adas = CANDIDATES + "/" + ada.value();
        String bobs = CANDIDATES + "/" + bob.value();
        UiSession adaSession = signedIn("ada");
        UiSession coachSession = signedIn("coach");
        UiSession analystSession = signedIn("analyst");

        assertThat(adaSession.get(adas + "/applications/" + adaApplication + "/rejection").statusCode()).isEqualTo(200);
        assertThat(adaSession.get(bobs).statusCode()).as("another candidate").isEqualTo(404);
        assertThat(adaSession.get(adas + "/applications/" + bobApplication + "/rejection").statusCode())
                .as("another candidate's application under her own id").isEqualTo(404);
        assertThat(analystSession.get(adas).statusCode()).isEqualTo(404);

        HttpResponse<String> coachReads = coachSession.get(adas);
        assertThat(coachReads.statusCode()).isEqualTo(200);
        assertThat(coachReads.body()).as("no forms for a coach").doesNotContain("/applications/new")
                .doesNotContain("/rejection");
        assertThat(coachSession.get(adas + "/applications/new").statusCode()).as("a coach only reads")
                .isEqualTo(403);
        assertThat(coachSession.get(bobs).statusCode()).as("no consent").isEqualTo(404);
        assertThat(signedIn("admin").get(bobs + "/applications/" + bobApplication + "/rejection").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theFormsForOffersDeclinesDoNotContactAndAddressedWeaknessesAreTheCandidatesAndTheirAdmins() {
        String adas = CANDIDATES + "/" + ada.value();
        String employer = EmployerId.forCandidate(ada, "Acme").value().toString();
        List<String> forms = List.of(adas + "/applications/" + adaApplication + "/offer",
                adas + "/applications/" + adaApplication + "/feedback-declined",
                adas + "/employers/" + employer + "/do-not-contact",
                adas + "/weaknesses/communication.active-listening/addressed");
        UiSession adaSession = signedIn("ada");
        UiSession adminSession = signedIn("admin");
        UiSession coachSession = signedIn("coach");
        UiSession bobSession = signedIn("bob");
        await("the employer relationships know Acme").atMost(Duration.ofSeconds(20))
                .until(() -> adaSession.get(forms.get(2)).statusCode() == 200);
        for (String form : forms) {
            assertThat(adaSession.get(form).statusCode()).as("ada opens " + form).isEqualTo(200);
            assertThat(adminSession.get(form).statusCode()).as("the admin opens " + form).isEqualTo(200);
            assertThat(coachSession.get(form).statusCode()).as("a coach only reads: " + form).isEqualTo(403);
            assertThat(bobSession.get(form).statusCode()).as("another candidate: " + form).isEqualTo(404);
        }
        HttpResponse<String> coachRefused = coachSession.post(adas, forms.get(2), Map.of("doNotContact", "true"));
        assertThat(coachRefused.statusCode()).as("a coach marks nothing").isEqualTo(403);
        assertThat(coachSession.get(adas).body()).as("no forms for a coach").doesNotContain("/offer")
                .doesNotContain("/feedback-declined").doesNotContain("/do-not-contact").doesNotContain("/addressed");
        assertThat(adaSession.get(adas).body()).contains(forms.get(0), forms.get(2))
                .as("no decline before a rejection").doesNotContain(forms.get(1));
        assertThat(adaSession.get(adas + "/employers/" + UUID.randomUUID() + "/do-not-contact").statusCode())
                .as("an employer that is not hers").isEqualTo(404);
        assertThat(adaSession.get(adas + "/weaknesses/no.such-weakness/addressed").statusCode()).isEqualTo(404);

        HttpResponse<String> tooLong = adaSession.post(forms.get(3), forms.get(3), Map.of("note", "x".repeat(4001)));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("id=\"note-error\"");
        HttpResponse<String> declineTooEarly = adaSession.post(forms.get(1), forms.get(1),
                Map.of("receivedAt", LocalDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(0).toString()));
        assertThat(declineTooEarly.statusCode()).as("the domain's rule").isEqualTo(409);
        assertThat(declineTooEarly.body()).contains("class=\"global-error\"")
                .contains("A decline to give feedback follows a rejection; record the rejection first.");
    }

    @Test
    void anAdminAddsACandidateWhoSignsInWithTheTokenShownOnce() {
        String add = CANDIDATES + "/new";
        UiSession admin = signedIn("admin");
        assertThat(admin.get(CANDIDATES).body()).contains("id=\"new-candidate\"", "href=\"/candidates/new\"");
        HttpResponse<String> form = admin.get(add);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<h1>Add a candidate</h1>", "name=\"displayName\"", "name=\"email\"");

        HttpResponse<String> invalid = admin.post(add, add, Map.of("displayName", " ", "email", "not an address"));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("id=\"displayName-error\"", "id=\"email-error\"");

        Map<String, String> cleo = Map.of("displayName", "Cleo", "email", "cleo@riverside.example");
        HttpResponse<String> added = admin.post(add, add, cleo);
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("no-store"));
        String candidate = find(added.body(), "id=\"new-candidate-id\">([^<]+)<");
        String token = find(added.body(), "id=\"new-token\"[^>]*value=\"([^\"]+)\"");
        assertThat(added.body()).contains("href=\"/candidates/" + candidate + "\"", "shown this once");
        assertThat(new UiSession(port).signIn(token).path()).as("the new candidate lands on their dashboard")
                .isEqualTo(CANDIDATES + "/" + candidate);
        assertThat(admin.get(CANDIDATES + "/" + candidate).statusCode()).as("their admin opens it").isEqualTo(200);

        HttpResponse<String> twice = admin.post(add, add, cleo);
        assertThat(twice.statusCode()).as("the domain's rule").isEqualTo(409);
        assertThat(twice.body()).contains("belongs to this organization already");

        UiSession platform = signedIn("platform");
        HttpResponse<String> first = platform.post(add, add, Map.of("displayName", "Dee", "email", "dee@example.org"));
        assertThat(first.statusCode())
                .as("the platform admin adds to the default organization, there from the first start")
                .isEqualTo(200);
        String dee = find(first.body(), "id=\"new-candidate-id\">([^<]+)<");
        assertThat(platform.get(CANDIDATES + "/" + dee).statusCode()).isEqualTo(200);
        assertThat(platform.post(add, add, Map.of("displayName", "Eve", "email", "eve@example.org")).statusCode())
                .isEqualTo(200);

        for (String who : List.of("coach", "analyst", "ada")) {
            assertThat(signedIn(who).get(add).statusCode()).as(who + " adds no candidate").isEqualTo(404);
        }
        UiSession adaSession = signedIn("ada");
        assertThat(adaSession.post(CANDIDATES + "/" + ada.value(), add,
                Map.of("displayName", "Mallory", "email", "mallory@example.org")).statusCode()).isEqualTo(404);
    }

    private static String find(String html, String pattern) {
        Matcher found = Pattern.compile(pattern).matcher(html);
        assertThat(found.find()).as(pattern).isTrue();
        return found.group(1);
    }

    @Test
    void thePrivacyPageIsTheCandidatesAndTheirAdminsAndOpeningItIsNotRecorded() {
        String adas = CANDIDATES + "/" + ada.value();
        String privacy = adas + "/privacy";
        UiSession coachSession = signedIn("coach");
        assertThat(coachSession.get(adas).statusCode()).as("the coach reads the dashboard").isEqualTo(200);

        assertThat(coachSession.get(privacy).statusCode()).as("a coach, as in the API").isEqualTo(404);
        HttpResponse<String> erase = coachSession.post(adas, privacy + "/erase", Map.of("confirmation", "ERASE"));
        assertThat(erase.statusCode()).as("a coach erases nothing").isEqualTo(403);
        assertThat(erase.body()).contains("Only the candidate or an org admin erases");
        assertThat(signedIn("analyst").get(privacy).statusCode()).isEqualTo(404);
        assertThat(signedIn("bob").get(privacy).statusCode()).as("another candidate").isEqualTo(404);

        ApiClient adasApi = new ApiClient(port, tokens.get("ada"));
        String log = "/api/v1/candidates/" + ada + "/access-log?size=200";
        UiSession admin = signedIn("admin"); // the admin's landing page, the candidates' list, is a recorded read
        long before = ApiClient.json(adasApi.get(log)).get("total").asLong();
        HttpResponse<String> adminsView = admin.get(privacy);
        assertThat(adminsView.statusCode()).isEqualTo(200);
        assertThat(adminsView.body()).contains("id=\"access-log-table\"", "GET /candidates/{candidateId}");
        assertThat(admin.get(privacy).statusCode()).isEqualTo(200);
        JsonNode after = ApiClient.json(adasApi.get(log));
        assertThat(after.get("total").asLong()).as("the privacy page is not recorded").isEqualTo(before);
        assertThat(after.get("items").findValuesAsString("resource")).noneMatch(read -> read.contains("privacy"));

        HttpResponse<String> own = signedIn("ada").get(privacy);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Who looked at my data", "Erase my personal data", "name=\"confirmation\"");
        HttpResponse<String> unconfirmed = signedIn("ada").post(privacy, privacy + "/erase",
                Map.of("confirmation", "yes"));
        assertThat(unconfirmed.statusCode()).as("not confirmed: the form again, nothing erased").isEqualTo(422);
        assertThat(unconfirmed.body()).contains("id=\"confirmation-error\"");
    }

    @Test
    void theSignInPageSaysHowASessionEndedOnlyWhenOneDid() {
        UiSession.Page start = new UiSession(port).open("/");
        assertThat(start.path()).as("a fresh visitor is sent to the sign-in").isEqualTo("/sign-in");
        assertThat(start.html()).doesNotContain("You are signed out").doesNotContain("Your session has ended");
        for (String claimed : List.of("/sign-in?signed-out", "/sign-in?expired")) {
            assertThat(new UiSession(port).open(claimed).html()).as(claimed + " for someone who never signed in")
                    .doesNotContain("You are signed out").doesNotContain("Your session has ended");
        }

        UiSession session = signedIn("analyst");
        HttpResponse<String> signOut = session.post(ANALYTICS, "/sign-out", Map.of());
        UiSession.Page signedOut = session.open(UiSession.location(signOut));
        assertThat(signedOut.path()).startsWith("/sign-in");
        assertThat(signedOut.html()).contains("id=\"signed-out\"", "You are signed out.")
                .doesNotContain("Your session has ended");
        assertThat(signedOut.navigation()).isEmpty();
        assertThat(session.open("/sign-in").html()).as("said once").doesNotContain("You are signed out");
    }

    @Test
    void aRevokedTokenEndsTheSessionAtTheNextClick() {
        MemberId dave = MemberId.random();
        IssuedToken first = member("dave", dave, Role.ANALYST, null);
        UiSession session = new UiSession(port);
        session.signIn(first.token());
        assertThat(session.get(ANALYTICS).statusCode()).isEqualTo(200);

        commands.sendAndWait(new RevokeToken(org, dave, first.tokenId()));

        HttpResponse<String> nextClick = session.get(ANALYTICS);
        assertThat(UiSession.location(nextClick)).isEqualTo("/sign-in?expired");
        UiSession.Page signIn = session.open("/sign-in?expired");
        assertThat(signIn.html()).contains("id=\"session-expired\"").contains("no longer valid")
                .doesNotContain("You are signed out");
        assertThat(signIn.navigation()).as("signed out").isEmpty();
        assertThat(UiSession.location(session.get(ANALYTICS))).as("the session is gone").isEqualTo("/sign-in");

        String second = commands.<IssuedToken>sendAndWait(new IssueToken(org, dave, "new laptop")).token();
        assertThat(session.signIn(second).path()).as("back to the page asked for").isEqualTo(ANALYTICS);
    }

    @Test
    void anHtmxRequestWithARevokedTokenIsSentToTheSignIn() {
        MemberId erin = MemberId.random();
        IssuedToken token = member("erin", erin, Role.ORG_ADMIN, null);
        UiSession session = new UiSession(port);
        session.signIn(token.token());

        commands.sendAndWait(new RevokeToken(org, erin, token.tokenId()));

        HttpResponse<String> refused = session.get(AUDIT, Map.of("HX-Request", "true"));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("HX-Redirect")).hasValue("/sign-in?expired");
    }
}
