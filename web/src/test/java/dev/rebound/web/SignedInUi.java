package dev.rebound.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser's session of the UI without a browser: signed in once with a token, then known by its cookie. */
final class SignedInUi {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;

    SignedInUi(int port, String token) {
        this.port = port;
        HttpResponse<String> signedIn = post("/sign-in", "/sign-in", Map.of("token", token));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** Sends a page's form as a browser would: with the CSRF token of the page it is on. */
    HttpResponse<String> post(String page, String action, Map<String, String> fields) {
        Matcher csrf = CSRF.matcher(get(page).body());
        assertThat(csrf.find()).as("%s carries a CSRF token", page).isTrue();
        String form = fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "", "&_csrf=" + URLEncoder.encode(csrf.group(1),
                        StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
