package dev.rebound.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.IssuedToken;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.AssignCoach;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.organization.command.IssueToken;
import dev.rebound.api.organization.command.SetCoachAccess;
import dev.rebound.testsupport.PostgresDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.rebound.web.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * OIDC JWTs from trusted identity providers next to personal access tokens: real signed tokens, the providers' JWK
 * sets served over HTTP, members in PostgreSQL. A valid token acts as the member (or admin, or analyst) its claims
 * name, under the same access policy as a personal access token; anything forged, expired or meant for someone else
 * is a 401 exactly like an unknown token.
 */
// A context of its own, not @ReboundHttpTest: its identity providers (rebound.security.oidc.issuers) start with the
// class. Closed after the class (@DirtiesContext), so that its event processors do not keep polling while the other
// classes run.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rebound.bootstrap-token=" + JwtAuthenticationHttpTest.TOKEN,
                "rebound.deadlines.polling-interval=1h"})
@PostgresDatabase
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JwtAuthenticationHttpTest {

    static final String TOKEN = "jwt-bootstrap-token";
    static final TestIdentityProvider NORTH = TestIdentityProvider.start(
            "https://login.north.example/realms/coaching", "rebound-api");
    /** A second provider: another audience, and coaches and candidates matched by {@code preferred_username}. */
    static final TestIdentityProvider SOUTH = TestIdentityProvider.start("https://south.example/oauth2",
            "api://rebound");
    static final String OFFLINE = "https://offline.example";
    private static final String UNAUTHENTICATED = "Send a valid token as 'Authorization: Bearer <token>'.";

    @DynamicPropertySource
    static void identityProviders(DynamicPropertyRegistry registry) {
        String issuers = "rebound.security.oidc.issuers";
        registry.add(issuers + "[0].issuer", () -> NORTH.issuer);
        registry.add(issuers + "[0].jwk-set-uri", NORTH::jwkSetUri);
        registry.add(issuers + "[0].audience", () -> NORTH.audience);
        registry.add(issuers + "[0].organizations", () -> NORTH_ORGANIZATION.value().toString());
        registry.add(issuers + "[1].issuer", () -> SOUTH.issuer);
        registry.add(issuers + "[1].jwk-set-uri", SOUTH::jwkSetUri);
        registry.add(issuers + "[1].audience", () -> SOUTH.audience);
        registry.add(issuers + "[1].member-claim", () -> "preferred_username");
        registry.add(issuers + "[1].organizations", () -> SOUTH_ORGANIZATION.value().toString());
        registry.add(issuers + "[2].issuer", () -> OFFLINE);
        registry.add(issuers + "[2].jwk-set-uri", NORTH::unavailableJwkSetUri);
        registry.add(issuers + "[2].audience", () -> "rebound-api");
        registry.add(issuers + "[2].organizations", () -> NORTH_ORGANIZATION.value().toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    /** Known before the application starts: each identity provider is configured with the organizations it serves. */
    private static final OrganizationId NORTH_ORGANIZATION = OrganizationId.random();
    private static final OrganizationId SOUTH_ORGANIZATION = OrganizationId.random();

    private final OrganizationId north = NORTH_ORGANIZATION;
    private final OrganizationId south = SOUTH_ORGANIZATION;
    private final CandidateId ada = CandidateId.random();
    private final CandidateId bob = CandidateId.random();
    private final CandidateId cleo = CandidateId.random();
    private final MemberId grace = MemberId.random();
    private String gracesPersonalToken;

    @BeforeAll
    void organizationsWithMembers() {
        commands.sendAndWait(new CreateOrganization(north, "Northside"));
        commands.sendAndWait(new CreateOrganization(south, "Southside"));
        commands.sendAndWait(new AddMember(north, MemberId.random(), Role.CANDIDATE, "Ada", "ada@north.example",
                ada));
        commands.sendAndWait(new AddMember(north, MemberId.random(), Role.CANDIDATE, "Bob", "bob@north.example",
                bob));
        commands.sendAndWait(new AddMember(north, grace, Role.COACH, "Grace", "grace@north.example", null));
        commands.sendAndWait(new AddMember(south, MemberId.random(), Role.CANDIDATE, "Cleo", "cleo@south.example",
                cleo));
        commands.sendAndWait(new AssignCoach(ada, north, grace));
        commands.sendAndWait(new SetCoachAccess(ada, north, true));
        commands.sendAndWait(new AssignCoach(bob, north, grace)); // assigned, but Bob never consents
        IssuedToken issued = commands.sendAndWait(new IssueToken(north, grace, "laptop"));
        gracesPersonalToken = issued.token();
    }

    @AfterAll
    void stopIdentityProviders() {
        NORTH.close();
        SOUTH.close();
    }

    private JWTClaimsSet.Builder northClaims(OrganizationId organization, String... roles) {
        return NORTH.claims().claim("org", organization.toString()).claim("roles", List.of(roles));
    }

    private ApiClient api(String token) {
        return new ApiClient(port, token);
    }

    private static String timeline(CandidateId candidate) {
        return "/api/v1/candidates/" + candidate + "/timeline";
    }

    private static String analytics(OrganizationId organization) {
        return "/api/v1/organizations/" + organization + "/analytics";
    }

    @Test
    void anOrgAdminTokenReadsItsOwnOrganizationsAnalytics() {
        ApiClient admin = api(NORTH.sign(northClaims(north, "ORG_ADMIN")));

        assertThat(admin.get(analytics(north)).statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/v1/organizations/" + north + "/contact-audit").statusCode()).isEqualTo(200);
        assertThat(admin.get(analytics(south)).statusCode()).as("another tenant").isEqualTo(404);
    }

    /** An identity provider's admin may have no member record: the access audit names them by their subject. */
    @Test
    void anOrgAdminTokensReadOfACandidateIsRecordedWithItsSubject() {
        ApiClient admin = api(NORTH.sign(northClaims(north, "ORG_ADMIN").subject("north-admin-7")));

        assertThat(admin.get(timeline(bob)).statusCode()).isEqualTo(200);
        var entries = ApiClient.json(admin.get("/api/v1/candidates/" + bob + "/access-log")).get("items");
        assertThat(entries).isNotEmpty();
        assertThat(entries.get(0).get("readerRole").asString()).isEqualTo("ORG_ADMIN");
        assertThat(entries.get(0).get("readerSubject").asString()).endsWith("#north-admin-7");
        assertThat(entries.get(0).get("resource").asString())
                .isEqualTo("GET /api/v1/candidates/{candidateId}/timeline");
    }

    @Test
    void aCandidateTokenIsTheMemberWithItsEmailAndSeesOnlyTheirOwnData() {
        ApiClient adaApi = api(NORTH.sign(northClaims(north, "CANDIDATE")
                .claim("email", "ADA@North.Example").claim("email_verified", true)));

        adaApi.accepted("/api/v1/candidates/" + ada + "/applications",
                "{\"employerName\": \"Acme\", \"roleTitle\": \"Analyst\"}");
        assertThat(adaApi.get(timeline(ada)).statusCode()).isEqualTo(200);
        assertThat(adaApi.get(timeline(bob)).statusCode()).as("another candidate").isEqualTo(404);
        assertThat(adaApi.get(analytics(north)).statusCode()).isEqualTo(404);
    }

    @Test
    void aCoachTokenReadsTheAssignedCandidatesWhoConsentedAndRecordsNothing() {
        ApiClient coach = api(NORTH.sign(northClaims(north, "COACH").claim("email", "grace@north.example")));

        assertThat(coach.get(timeline(ada)).statusCode()).isEqualTo(200);
        assertThat(coach.get(timeline(bob)).statusCode()).as("no consent").isEqualTo(404);
        assertThat(coach.post("/api/v1/candidates/" + ada + "/applications",
                "{\"employerName\": \"Acme\", \"roleTitle\": \"Analyst\"}").statusCode()).as("reads only")
                .isEqualTo(403);
    }

    @Test
    void anAnalystTokenNeedsNoMemberRecordAndSeesOnlyTheAnalytics() {
        ApiClient analyst = api(NORTH.sign(northClaims(north, "ANALYST")));

        assertThat(analyst.get(analytics(north)).statusCode()).isEqualTo(200);
        assertThat(analyst.get("/api/v1/organizations/" + north + "/contact-audit").statusCode()).isEqualTo(404);
        assertThat(analyst.get(timeline(ada)).statusCode()).isEqualTo(404);
    }

    @Test
    void ofSeveralRolesTheOneThatMayDoMostCountsAndUnknownOnesAreIgnored() {
        ApiClient adminAndCoach = api(NORTH.sign(northClaims(north, "offline_access", "COACH", "ORG_ADMIN")));
        ApiClient analystAndCandidate = api(NORTH.sign(northClaims(north, "CANDIDATE", "ANALYST")));

        assertThat(adminAndCoach.get("/api/v1/organizations/" + north + "/contact-audit").statusCode())
                .as("ORG_ADMIN before COACH, no member record needed").isEqualTo(200);
        assertThat(analystAndCandidate.get(analytics(north)).statusCode())
                .as("ANALYST before CANDIDATE, no member record needed").isEqualTo(200);
    }

    @Test
    void aSecondTrustedIssuerWorksWithItsOwnAudienceAndMemberClaim() {
        ApiClient cleoApi = api(SOUTH.sign(SOUTH.claims().claim("org", south.toString())
                .claim("roles", List.of("CANDIDATE")).claim("preferred_username", "cleo@south.example")));

        cleoApi.accepted("/api/v1/candidates/" + cleo + "/applications",
                "{\"employerName\": \"Initech\", \"roleTitle\": \"Engineer\"}");
        assertThat(cleoApi.get(timeline(cleo)).statusCode()).isEqualTo(200);
        assertThat(cleoApi.get(timeline(ada)).statusCode()).isEqualTo(404);
        assertThat(api(NORTH.sign(northClaims(north, "ORG_ADMIN"))).get(analytics(north)).statusCode())
                .as("the first issuer, at the same time").isEqualTo(200);
    }

    @Test
    void personalAccessTokensAndTheBootstrapTokenStillWork() {
        assertThat(api(TOKEN).get("/api/v1/admin/projections").statusCode()).isEqualTo(200);
        assertThat(api(gracesPersonalToken).get(timeline(ada)).statusCode()).isEqualTo(200);
        assertThat(api(gracesPersonalToken).get(timeline(bob)).statusCode()).isEqualTo(404);
        assertUnauthenticated(api("rbt_not-a-token").get(timeline(ada)));
        assertUnauthenticated(api(null).get(timeline(ada)));
    }

    @Test
    void forgedExpiredOrMisdirectedTokensAreRefusedLikeAnyUnknownToken() {
        Instant now = Instant.now();
        String adaAsCandidate = NORTH.sign(northClaims(north, "CANDIDATE").claim("email", "ada@north.example"));
        assertThat(api(adaAsCandidate).get(timeline(ada)).statusCode()).as("the untampered token").isEqualTo(200);

        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("expired", NORTH.sign(northClaims(north, "ORG_ADMIN")
                .issueTime(Date.from(now.minus(Duration.ofMinutes(20))))
                .expirationTime(Date.from(now.minus(Duration.ofMinutes(10))))));
        refused.put("not yet valid", NORTH.sign(northClaims(north, "ORG_ADMIN")
                .notBeforeTime(Date.from(now.plus(Duration.ofMinutes(10))))));
        refused.put("untrusted issuer", NORTH.sign(northClaims(north, "ORG_ADMIN").issuer("https://evil.example")));
        refused.put("wrong audience", NORTH.sign(northClaims(north, "ORG_ADMIN").audience("another-api")));
        refused.put("no audience", NORTH.sign(northClaims(north, "ORG_ADMIN").audience((String) null)));
        refused.put("the other issuer's audience", NORTH.sign(northClaims(north, "ORG_ADMIN")
                .audience(SOUTH.audience)));
        refused.put("alg none", unsigned(northClaims(north, "ORG_ADMIN").build()));
        refused.put("HS256 with a shared secret", hmacSigned(northClaims(north, "ORG_ADMIN").build()));
        refused.put("a key not in the JWK set", TestIdentityProvider.sign(northClaims(north, "ORG_ADMIN"),
                TestIdentityProvider.newKey()));
        refused.put("another key under the trusted key's id", TestIdentityProvider.sign(northClaims(north,
                "ORG_ADMIN"), new RSAKey.Builder(TestIdentityProvider.newKey())
                .keyID(NORTH.key().getKeyID()).build()));
        refused.put("the other trusted issuer's key", NORTH.sign(SOUTH.claims().claim("org", south.toString())
                .claim("roles", List.of("ORG_ADMIN"))));
        refused.put("tampered payload", tampered(adaAsCandidate, northClaims(north, "ORG_ADMIN").build()));
        refused.put("a JWE-shaped token", "eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d");

        List<String> accepted = new ArrayList<>();
        refused.forEach((what, token) -> {
            HttpResponse<String> response = api(token).get(analytics(north));
            if (response.statusCode() != 401
                    || !ApiClient.json(response).get("detail").asString().equals(UNAUTHENTICATED)
                    || !response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer")) {
                accepted.add(what + " → " + response.statusCode() + " " + response.body());
            }
        });
        assertThat(accepted).isEmpty();
    }

    @Test
    void verifiedTokensWhoseClaimsMakeNoCallerAreRefusedWithTheReason() {
        Map<String, JWTClaimsSet.Builder> refused = new LinkedHashMap<>();
        refused.put("'org'", NORTH.claims().claim("roles", List.of("ORG_ADMIN")));
        refused.put("'org' claim must be", NORTH.claims().claim("org", "northside").claim("roles",
                List.of("ORG_ADMIN")));
        refused.put("'roles'", northClaims(north, "SUPERUSER", "offline_access"));
        refused.put("names none of", NORTH.claims().claim("org", north.toString()));
        refused.put("No member of organization", northClaims(north, "CANDIDATE").claim("email",
                "eve@north.example"));
        refused.put("needs the 'email' claim", northClaims(north, "CANDIDATE"));
        refused.put("but the member is CANDIDATE", northClaims(north, "COACH").claim("email", "ada@north.example"));
        refused.put("not verified", northClaims(north, "CANDIDATE").claim("email", "ada@north.example")
                .claim("email_verified", false));
        // one organization's identity provider cannot mint an admin of another (nor can a user who edits their own
        // 'org' attribute there)
        refused.put("may not speak for organization " + south, northClaims(south, "ORG_ADMIN"));
        refused.put("may not speak for organization " + north, SOUTH.claims().claim("org", north.toString())
                .claim("roles", List.of("ORG_ADMIN")));
        refused.put("No member of organization " + south, SOUTH.claims().claim("org", south.toString())
                .claim("roles", List.of("CANDIDATE")).claim("preferred_username", "ada@north.example"));

        List<String> wrong = new ArrayList<>();
        refused.forEach((reason, claims) -> {
            String token = SOUTH.issuer.equals(claims.build().getIssuer()) ? SOUTH.sign(claims) : NORTH.sign(claims);
            HttpResponse<String> response = api(token).get(analytics(north));
            if (response.statusCode() != 401 || !response.body().contains(reason)
                    || !response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer")) {
                wrong.add(reason + " → " + response.statusCode() + " " + response.body());
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void anIdentityProviderWhoseKeysCannotBeFetchedIsA503NotA401() {
        String token = TestIdentityProvider.sign(new JWTClaimsSet.Builder().issuer(OFFLINE).audience("rebound-api")
                .subject("someone").expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("org", north.toString()).claim("roles", List.of("ORG_ADMIN")), NORTH.key());

        HttpResponse<String> response = api(token).get(analytics(north));

        assertThat(problem(response, 503).get("type").asString()).isEqualTo("/problems/unavailable");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }

    private static void assertUnauthenticated(HttpResponse<String> response) {
        assertThat(problem(response, 401).get("detail").asString()).isEqualTo(UNAUTHENTICATED);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"rebound\"");
    }

    /** {@code alg: none}, built by hand: header and payload, and an empty signature. */
    private static String unsigned(JWTClaimsSet claims) {
        return Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + Base64URL.encode(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static String hmacSigned(JWTClaimsSet claims) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The signed token's header and signature around another payload. */
    private static String tampered(String signed, JWTClaimsSet otherClaims) {
        String[] parts = signed.split("\\.");
        return parts[0] + "." + Base64URL.encode(otherClaims.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
    }
}
