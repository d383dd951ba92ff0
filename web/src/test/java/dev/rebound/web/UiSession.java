package dev.rebound.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser as far as HTTP goes: keeps its cookies (the UI's session), sends forms with their CSRF token, and follows
 * redirects only when asked, so a test sees each one.
 */
final class UiSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern MAIN_NAV = Pattern.compile("<nav aria-label=\"Main\">(.*?)</nav>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final URI base;
    private final Map<String, String> always;

    UiSession(int port) {
        this(port, Map.of());
    }

    /** A browser whose every request carries these headers, e.g. the {@code X-Forwarded-For} of a proxy in front. */
    UiSession(int port, Map<String, String> always) {
        this.base = URI.create("http://localhost:" + port + "/");
        this.always = Map.copyOf(always);
    }

    /** A session signed in with the token, wherever its landing page is and whatever it answers. */
    static UiSession signedIn(int port, String token) {
        UiSession session = new UiSession(port);
        session.signIn(token);
        return session;
    }

    /** A page as the browser ends up showing it: its path (with query) after any redirects, status and HTML. */
    record Page(String path, int status, String html) {

        /** The links of the main navigation. */
        List<String> navigation() {
            Matcher nav = MAIN_NAV.matcher(html);
            if (!nav.find()) {
                return List.of();
            }
            List<String> links = new ArrayList<>();
            Matcher href = HREF.matcher(nav.group(1));
            while (href.find()) {
                links.add(href.group(1));
            }
            return links;
        }
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        always.forEach(request::header);
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    /** Opens a path and follows its redirects, as a browser would. */
    Page open(String path) {
        return follow(get(path));
    }

    /** Signs in through the sign-in page and lands where the server sends the browser. */
    Page signIn(String token) {
        HttpResponse<String> form = get("/sign-in");
        assertThat(form.statusCode()).isEqualTo(200);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", token);
        fields.put("_csrf", csrf(form.body()));
        return follow(post("/sign-in", fields));
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        always.forEach(request::header);
        return send(request.build());
    }

    /** Sends a form as a browser on the given page would: with that page's CSRF token. */
    HttpResponse<String> post(String page, String action, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrf(get(page).body()));
        return post(action, withToken);
    }

    static String csrf(String html) {
        Matcher token = CSRF.matcher(html);
        assertThat(token.find()).as("a form with its CSRF token").isTrue();
        return token.group(1);
    }

    /** Where a redirect points, as a path with its query. */
    static String location(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).as("a redirect").isBetween(300, 399);
        URI target = redirect.uri().resolve(redirect.headers().firstValue("Location").orElseThrow());
        return target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    }

    private Page follow(HttpResponse<String> response) {
        for (int hops = 0; response.statusCode() >= 300 && response.statusCode() < 400; hops++) {
            assertThat(hops).as("too many redirects").isLessThan(5);
            response = get(location(response));
        }
        URI uri = response.uri();
        return new Page(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
                response.statusCode(), response.body());
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
