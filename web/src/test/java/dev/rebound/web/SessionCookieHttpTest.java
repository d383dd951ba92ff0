package dev.rebound.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI's session cookie: always {@code HttpOnly} and {@code SameSite=Lax}, and {@code Secure} when the request came
 * over HTTPS — here, as behind a TLS-terminating proxy, a request that a trusted proxy (the test client on the
 * loopback address) marks with {@code X-Forwarded-Proto: https} ({@code server.forward-headers-strategy=native}).
 */
@ReboundHttpTest
class SessionCookieHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void overHttpsThroughATrustedProxyTheCookieIsSecure() throws Exception {
        String cookie = sessionCookie(get("/sign-in", Map.of("X-Forwarded-Proto", "https")));

        assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax");
    }

    @Test
    void overPlainHttpTheCookieIsNotSecureButStillHttpOnlyAndLax() throws Exception {
        String cookie = sessionCookie(get("/sign-in", Map.of()));

        assertThat(cookie).doesNotContainIgnoringCase("secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax");
    }

    @Test
    void theNewSessionOfASignInOverHttpsIsSecureToo() throws Exception {
        HttpResponse<String> form = get("/sign-in", Map.of("X-Forwarded-Proto", "https"));
        String session = sessionCookie(form).split(";", 2)[0];
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/sign-in"))
                .header("X-Forwarded-Proto", "https")
                .header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + ReboundHttpTest.TOKEN + "&_csrf="
                        + UiSession.csrf(form.body())))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).as("signed in and sent on").isEqualTo(302);
        String renewed = sessionCookie(signedIn);
        assertThat(renewed.split(";", 2)[0]).as("a new session id").isNotEqualTo(session);
        assertThat(renewed).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly");
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }
}
