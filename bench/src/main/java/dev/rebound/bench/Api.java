package dev.rebound.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The public HTTP API as the benchmark's callers see it: JSON in, JSON out, a bearer token per caller. One shared
 * {@link HttpClient} (HTTP/1.1, virtual threads); a call never throws for an HTTP status, the caller decides.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: status, parsed body (null when empty or not JSON) and the Retry-After header in seconds. */
    record Answer(int status, JsonNode body, long retryAfterSeconds) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Answer post(String token, String path, Object body) {
        try {
            return send(request(token, path)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Answer get(String token, String path) {
        return send(request(token, path).GET().build());
    }

    /** The status of a GET without a token (health probes); -1 when nothing answers. */
    int probe(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpRequest.Builder request(String token, String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = null;
            if (response.body().length > 0) {
                try {
                    body = JSON.readTree(response.body());
                } catch (IOException notJson) {
                    body = null;
                }
            }
            long retryAfter = response.headers().firstValue("Retry-After").map(Api::seconds).orElse(0L);
            return new Answer(response.statusCode(), body, retryAfter);
        } catch (IOException e) {
            return new Answer(-1, null, 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, 0);
        }
    }

    private static long seconds(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
