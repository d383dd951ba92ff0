package dev.rebound.web.openapi;

import dev.rebound.web.ReboundHttpTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the server publishes: public, OpenAPI 3.1, complete (every operation summarized, described,
 * tagged, with examples and its errors), clean under Spectral's {@code spectral:oas} rules, and equal to the
 * committed snapshot {@code src/test/resources/openapi/rebound-v1.json} that the test client is generated from.
 *
 * <p>After changing the API, refresh the snapshot with
 * {@code ./mvnw -pl web -am verify -Dtest=OpenApiDocumentHttpTest -Drebound.openapi.update-snapshot=true
 * -Dsurefire.failIfNoSpecifiedTests=false}, then build again (the client is generated from it).
 */
@ReboundHttpTest
class OpenApiDocumentHttpTest {

    static final Path SNAPSHOT = Path.of("src", "test", "resources", "openapi", "rebound-v1.json");
    /** What the server serves, for Spectral and for anyone who wants to look at it after a build. */
    static final Path SERVED = Path.of("target", "openapi.json");

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private static JsonNode served;

    @BeforeAll
    static void noDocumentYet() {
        served = null;
    }

    private JsonNode served() throws Exception {
        if (served == null) {
            HttpResponse<String> response = get("/v3/api-docs");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            served = JSON.readTree(response.body());
            Files.createDirectories(SERVED.getParent());
            Files.writeString(SERVED, JSON.writeValueAsString(served) + "\n");
        }
        return served;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void documentAndSwaggerUiNeedNoToken() throws Exception {
        assertThat(served().path("openapi").asString()).startsWith("3.1.");
        HttpResponse<String> swaggerUi = get("/swagger-ui.html");
        assertThat(swaggerUi.statusCode()).isEqualTo(302);
        String location = swaggerUi.headers().firstValue("Location").orElseThrow();
        assertThat(get(URI.create(location).getPath()).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/catalogue/weaknesses").statusCode()).as("the API itself still needs a token")
                .isEqualTo(401);
    }

    @Test
    void servedDocumentEqualsTheCommittedSnapshot() throws Exception {
        JsonNode live = served();
        if (Boolean.getBoolean("rebound.openapi.update-snapshot")) {
            Files.writeString(SNAPSHOT, JSON.writeValueAsString(live) + "\n");
        }
        List<String> differences = new ArrayList<>();
        differences("", JSON.readTree(Files.readString(SNAPSHOT)), live, differences);
        assertThat(differences)
                .as("%s is out of date: refresh it with -Drebound.openapi.update-snapshot=true (see this class's "
                        + "comment); the server now serves %s", SNAPSHOT, SERVED.toAbsolutePath())
                .isEmpty();
    }

    /** Where two documents differ, as JSON pointers: the snapshot's value, then the server's. */
    private static void differences(String at, JsonNode snapshot, JsonNode live, List<String> out) {
        if (snapshot.isObject() && live.isObject()) {
            java.util.SortedSet<String> names = new java.util.TreeSet<>(snapshot.propertyNames());
            names.addAll(live.propertyNames());
            names.forEach(name -> differences(at + "/" + name.replace("~", "~0").replace("/", "~1"),
                    snapshot.path(name), live.path(name), out));
        } else if (snapshot.isArray() && live.isArray() && snapshot.size() == live.size()) {
            for (int i = 0; i < snapshot.size(); i++) {
                differences(at + "/" + i, snapshot.get(i), live.get(i), out);
            }
        } else if (!snapshot.equals(live)) {
            out.add(at + ": snapshot " + abbreviate(snapshot) + ", served " + abbreviate(live));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.isMissingNode() ? "(none)" : node.toString();
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }

    @Test
    void everyOperationIsDocumentedWithItsErrorsAndExamples() throws Exception {
        List<String> gaps = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : served().path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                for (String field : List.of("operationId", "summary", "description")) {
                    if (operation.path(field).asString("").isBlank()) {
                        gaps.add(name + ": no " + field);
                    }
                }
                if (operation.path("tags").size() != 1) {
                    gaps.add(name + ": not exactly one tag");
                }
                if (!operation.path("responses").has("401")) {
                    gaps.add(name + ": no 401");
                }
                JsonNode requestBody = operation.path("requestBody").path("content").path("application/json");
                if (!requestBody.isMissingNode() && !requestBody.has("example")) {
                    gaps.add(name + ": request without example");
                }
                operation.path("responses").properties().stream()
                        .filter(response -> response.getKey().startsWith("2"))
                        .map(response -> response.getValue().path("content").path("application/json"))
                        .filter(json -> !json.isMissingNode() && !json.has("example"))
                        .forEach(json -> gaps.add(name + ": success answer without example"));
                if (method.getKey().equals("post")) {
                    if (!operation.path("parameters").toString().contains("#/components/parameters/IdempotencyKey")) {
                        gaps.add(name + ": no Idempotency-Key");
                    }
                    if (!operation.path("responses").has("413") || !operation.path("responses").has("409")) {
                        gaps.add(name + ": no 409 or 413");
                    }
                }
                if (operation.has("requestBody") && !operation.path("responses").has("422")) {
                    gaps.add(name + ": takes a body but documents no 422");
                }
            }
        }
        assertThat(gaps).isEmpty();
        Set<String> operationIds = new TreeSet<>(served().findValuesAsString("operationId"));
        try (InputStream examples = new ClassPathResource(Examples.RESOURCE).getInputStream()) {
            assertThat(JSON.readTree(examples).propertyNames()).as("examples of operations that do not exist")
                    .isSubsetOf(operationIds);
        }
        assertThat(served().at("/components/securitySchemes/bearerToken/scheme").asString()).isEqualTo("bearer");
        assertThat(served().at("/security/0").has("bearerToken")).isTrue();
    }

    @Test
    void documentLintsCleanUnderSpectralOasRules() throws Exception {
        served();
        Spectral spectral = Spectral.prepare();

        Spectral.Result result = spectral.lint(SERVED);

        assertThat(result.exitCode()).as("Spectral found problems in %s:%n%s", SERVED, result.output()).isZero();
        // and it really lints: the same document without a description of its API is refused
        JsonNode broken = served().deepCopy();
        ((tools.jackson.databind.node.ObjectNode) broken.path("info")).remove("description");
        Path brokenFile = Files.writeString(Path.of("target", "openapi-without-description.json"),
                JSON.writeValueAsString(broken));
        Spectral.Result refused = spectral.lint(brokenFile);
        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("info-description");
    }
}
