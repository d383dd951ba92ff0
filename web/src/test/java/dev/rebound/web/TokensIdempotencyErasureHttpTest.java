package dev.rebound.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tokens are shown once and never rest in plaintext, a candidate reviews every token that acts as them, and erasure
 * leaves no kept answer about the candidate: over HTTP, on the shared application.
 */
@ReboundHttpTest
class TokensIdempotencyErasureHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private ApiClient platformAdmin() {
        return new ApiClient(port, ReboundHttpTest.TOKEN);
    }

    private static HttpResponse<String> post(ApiClient api, String path, String body, String key) {
        return api.send("POST", path, body, Map.of("Idempotency-Key", key));
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /** Kept answers that hold a token, anyone's. */
    private long keptAnswersWithAToken() {
        return jdbc().sql("SELECT count(*) FROM idempotent_request WHERE position('rbt_'::bytea IN body) > 0")
                .query(Long.class).single();
    }

    private long keptAnswers(String key) {
        return jdbc().sql("SELECT count(*) FROM idempotent_request WHERE idempotency_key = ?::uuid").param(key)
                .query(Long.class).single();
    }

    /** An organization of a test's own and its org admin. */
    private record Admin(String organizationId, String memberId, ApiClient api) {
    }

    private Admin organizationWithAdmin(String name) {
        String org = platformAdmin().accepted("/api/v1/organizations", "{\"name\": \"" + name + "\"}")
                .get("organizationId").asString();
        JsonNode admin = platformAdmin().accepted("/api/v1/organizations/" + org + "/members",
                "{\"role\": \"ORG_ADMIN\", \"displayName\": \"Olive\", \"email\": \"olive@example.org\"}");
        return new Admin(org, admin.get("memberId").asString(), new ApiClient(port, admin.get("token").asString()));
    }

    @Test
    void aRepeatOfATokenIssuingPostAnswersTheSameWithoutTheTokenAndNoTokenIsKept() {
        Admin admin = organizationWithAdmin("Shown Once");
        String org = admin.organizationId();
        ApiClient orgAdmin = admin.api();
        String addKey = UUID.randomUUID().toString();
        String candidate = """
                {"role": "CANDIDATE", "displayName": "Ada", "email": "ada@example.org"}""";

        HttpResponse<String> added = post(orgAdmin, "/api/v1/organizations/" + org + "/members", candidate, addKey);
        HttpResponse<String> addedAgain = post(orgAdmin, "/api/v1/organizations/" + org + "/members", candidate,
                addKey);

        assertThat(added.statusCode()).isEqualTo(202);
        JsonNode first = ApiClient.json(added);
        assertThat(first.get("token").asString()).startsWith("rbt_");
        assertThat(addedAgain.statusCode()).isEqualTo(202);
        assertThat(addedAgain.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(addedAgain.headers().firstValue("Idempotent-Withheld")).contains("token");
        JsonNode replay = ApiClient.json(addedAgain);
        assertThat(replay.has("token")).isFalse();
        assertThat(addedAgain.body()).doesNotContain("rbt_");
        for (String field : new String[]{"memberId", "candidateId", "tokenId"}) {
            assertThat(replay.get(field).asString()).isEqualTo(first.get(field).asString());
        }
        assertThat(new ApiClient(port, first.get("token").asString())
                .get("/api/v1/candidates/" + first.get("candidateId").asString() + "/timeline").statusCode())
                .as("the token shown once works").isEqualTo(200);

        String issueKey = UUID.randomUUID().toString();
        String tokens = "/api/v1/organizations/" + org + "/members/" + admin.memberId() + "/tokens";
        HttpResponse<String> issued = post(orgAdmin, tokens, "{\"name\": \"second laptop\"}", issueKey);
        HttpResponse<String> issuedAgain = post(orgAdmin, tokens, "{\"name\": \"second laptop\"}", issueKey);

        assertThat(issued.statusCode()).isEqualTo(202);
        assertThat(ApiClient.json(issued).get("token").asString()).startsWith("rbt_");
        assertThat(issuedAgain.statusCode()).isEqualTo(202);
        assertThat(issuedAgain.headers().firstValue("Idempotent-Withheld")).contains("token");
        assertThat(ApiClient.json(issuedAgain).has("token")).isFalse();
        assertThat(ApiClient.json(issuedAgain).get("tokenId").asString())
                .isEqualTo(ApiClient.json(issued).get("tokenId").asString());

        assertThat(keptAnswers(addKey) + keptAnswers(issueKey)).as("both answers are kept").isEqualTo(2);
        assertThat(keptAnswersWithAToken()).as("no kept answer holds a token").isZero();
    }

    @Test
    void erasureDropsTheAnswersKeptForWhoeverWroteAboutTheCandidate() {
        Admin admin = organizationWithAdmin("Forgetful");
        String org = admin.organizationId();
        ApiClient orgAdmin = admin.api();
        String ada = orgAdmin.accepted("/api/v1/organizations/" + org + "/members",
                "{\"role\": \"CANDIDATE\", \"displayName\": \"Ada\", \"email\": \"ada@example.org\"}")
                .get("candidateId").asString();
        String bob = orgAdmin.accepted("/api/v1/organizations/" + org + "/members",
                "{\"role\": \"CANDIDATE\", \"displayName\": \"Bob\", \"email\": \"bob@example.org\"}")
                .get("candidateId").asString();
        String aboutAda = UUID.randomUUID().toString();
        String aboutBob = UUID.randomUUID().toString();
        String application = """
                {"employerName": "Initech", "roleTitle": "Analyst"}""";
        assertThat(post(orgAdmin, "/api/v1/candidates/" + ada + "/applications", application, aboutAda)
                .statusCode()).isEqualTo(202);
        assertThat(post(orgAdmin, "/api/v1/candidates/" + bob + "/applications", application, aboutBob)
                .statusCode()).isEqualTo(202);
        assertThat(keptAnswers(aboutAda)).isOne();

        assertThat(orgAdmin.send("DELETE", "/api/v1/candidates/" + ada + "/personal-data", null).statusCode())
                .isEqualTo(204);

        assertThat(keptAnswers(aboutAda)).as("the org admin's kept answer about Ada").isZero();
        assertThat(keptAnswers(aboutBob)).as("about someone else").isOne();
        HttpResponse<String> repeat = post(orgAdmin, "/api/v1/candidates/" + ada + "/applications", application,
                aboutAda);
        assertThat(repeat.headers().firstValue("Idempotent-Replayed")).as("nothing left to replay").isEmpty();
    }

    @Test
    void aCandidateAndTheirAdminListEveryTokenIssuedForTheCandidateWithWhoIssuedIt() {
        Admin admin = organizationWithAdmin("Token Review");
        String org = admin.organizationId();
        String adminMember = admin.memberId();
        ApiClient orgAdmin = admin.api();
        JsonNode ada = orgAdmin.accepted("/api/v1/organizations/" + org + "/members",
                "{\"role\": \"CANDIDATE\", \"displayName\": \"Ada\", \"email\": \"ada@example.org\"}");
        String candidate = ada.get("candidateId").asString();
        String adaMember = ada.get("memberId").asString();
        ApiClient own = new ApiClient(port, ada.get("token").asString());
        JsonNode laptop = own.accepted("/api/v1/organizations/" + org + "/members/" + adaMember + "/tokens",
                "{\"name\": \"new laptop\"}");
        assertThat(own.send("DELETE", "/api/v1/organizations/" + org + "/members/" + adaMember + "/tokens/"
                + laptop.get("tokenId").asString(), null).statusCode()).isEqualTo(204);
        JsonNode coach = orgAdmin.accepted("/api/v1/organizations/" + org + "/members",
                "{\"role\": \"COACH\", \"displayName\": \"Dana\", \"email\": \"dana@example.org\"}");

        // a use is written in the next batch (rebound.tokens.last-used-flush-interval, short in the shared application)
        await().atMost(Duration.ofSeconds(10)).until(() -> !ApiClient.json(own.get("/api/v1/candidates/" + candidate
                + "/tokens")).get("items").get(1).get("lastUsedAt").isNull());
        HttpResponse<String> listed = own.get("/api/v1/candidates/" + candidate + "/tokens");

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain("rbt_");
        JsonNode items = ApiClient.json(listed).get("items");
        assertThat(items).hasSize(2);
        JsonNode newest = items.get(0);
        assertThat(newest.get("tokenId").asString()).isEqualTo(laptop.get("tokenId").asString());
        assertThat(newest.get("name").asString()).isEqualTo("new laptop");
        assertThat(newest.get("issuedByMemberId").asString()).isEqualTo(adaMember);
        assertThat(newest.get("issuedByRole").asString()).isEqualTo("CANDIDATE");
        assertThat(newest.get("revokedAt").isNull()).isFalse();
        assertThat(newest.get("lastUsedAt").isNull()).as("never used").isTrue();
        JsonNode first = items.get(1);
        assertThat(first.get("tokenId").asString()).isEqualTo(ada.get("tokenId").asString());
        assertThat(first.get("name").asString()).isEqualTo("first token");
        assertThat(first.get("issuedByMemberId").asString()).isEqualTo(adminMember);
        assertThat(first.get("issuedByRole").asString()).isEqualTo("ORG_ADMIN");
        assertThat(first.get("lastUsedAt").isNull()).as("used for the calls before").isFalse();
        assertThat(first.get("revokedAt").isNull()).isTrue();
        assertThat(first.get("issuedAt").asString()).isNotBlank();

        assertThat(ApiClient.json(orgAdmin.get("/api/v1/candidates/" + candidate + "/tokens")).get("items"))
                .as("their org admin").hasSize(2);
        assertThat(new ApiClient(port, coach.get("token").asString())
                .get("/api/v1/candidates/" + candidate + "/tokens").statusCode()).as("a coach").isEqualTo(404);
        assertThat(platformAdmin().get("/api/v1/candidates/" + candidate + "/tokens").statusCode())
                .as("the platform admin acts in the default organization, not this one").isEqualTo(404);
    }
}
