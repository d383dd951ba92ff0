package dev.rebound.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * An identity provider for tests: an RSA signing key, its public JWK set served over HTTP on a free local port, and
 * signed JWTs with the claims a test asks for.
 */
final class TestIdentityProvider implements AutoCloseable {

    final String issuer;
    final String audience;
    private final RSAKey key;
    private final HttpServer server;

    private TestIdentityProvider(String issuer, String audience, RSAKey key, HttpServer server) {
        this.issuer = issuer;
        this.audience = audience;
        this.key = key;
        this.server = server;
    }

    /** Starts serving a new key's public JWK set at {@link #jwkSetUri()}. */
    static TestIdentityProvider start(String issuer, String audience) {
        RSAKey key = newKey();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            // a provider whose key endpoint is down
            server.createContext("/unavailable", exchange -> {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
            });
            server.start();
            return new TestIdentityProvider(issuer, audience, key, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh 2048-bit RSA key with a random key id. */
    static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String jwkSetUri() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/jwks";
    }

    /** A JWK set URI of this server that answers 503, as a provider's would during an outage. */
    String unavailableJwkSetUri() {
        return jwkSetUri().replace("/jwks", "/unavailable");
    }

    /** Claims of a valid token of this provider (issuer, audience, subject, five minutes to live), to add to. */
    JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    }

    /** Signs with this provider's key (RS256). */
    String sign(JWTClaimsSet.Builder claims) {
        return sign(claims, key);
    }

    /** The provider's key, for a token that claims to come from elsewhere. */
    RSAKey key() {
        return key;
    }

    /** Signs with any key (RS256), e.g. one that is not in the JWK set. */
    static String sign(JWTClaimsSet.Builder claims, RSAKey signingKey) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(signingKey.getKeyID()).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
