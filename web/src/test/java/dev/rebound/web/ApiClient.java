package dev.rebound.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A plain HTTP client for the API as an outside caller sees it: JSON over HTTP with a bearer token. */
final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    ApiClient(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    HttpResponse<String> send(String method, String path, String body) {
        return send(method, path, body, Map.of());
    }

    /** Sends with extra headers, e.g. {@code Idempotency-Key}. */
    HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens a server-sent-event stream and collects its lines as they arrive; cancel the future to close it.
     */
    EventStream stream(String path) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token)
                .GET().build();
        HttpClient streaming = HttpClient.newHttpClient();
        streaming.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new LineCollector(lines)));
        return new EventStream(lines, streaming);
    }

    /** The lines of an event stream, in arrival order. */
    record EventStream(BlockingQueue<String> lines, HttpClient connection) implements AutoCloseable {

        /** Waits (bounded) for the next {@code data:} line of an event with the given name. */
        String nextData(String event, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            boolean inEvent = false;
            while (System.nanoTime() < deadline) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    break;
                }
                if (line.startsWith("event:")) {
                    inEvent = line.substring("event:".length()).strip().equals(event);
                } else if (inEvent && line.startsWith("data:")) {
                    return line.substring("data:".length()).strip();
                }
            }
            throw new AssertionError("no '" + event + "' event within " + timeout);
        }

        /** Drops the connection at once, as a browser tab being closed would. */
        @Override
        public void close() {
            connection.shutdownNow();
        }
    }

    private record LineCollector(BlockingQueue<String> lines) implements Flow.Subscriber<String> {
        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            lines.add(line);
        }

        @Override
        public void onError(Throwable failure) {
            // the stream was closed; the test sees no further lines
        }

        @Override
        public void onComplete() {
            // the server ended the stream
        }
    }

    HttpResponse<String> post(String path, String body) {
        return send("POST", path, body);
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    /** POSTs and insists on 202 Accepted; answers the JSON body. */
    JsonNode accepted(String path, String body) {
        HttpResponse<String> response = post(path, body);
        assertThat(response.statusCode()).as("%s %s", path, response.body()).isEqualTo(202);
        return json(response);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Asserts a problem-details answer with the given status; answers its body. */
    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        return json(response);
    }
}
