package dev.rebound.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The trusted identity providers as the README documents them: as properties and as environment variables. */
class OidcPropertiesTest {

    private static final UUID NORTHSIDE = UUID.fromString("6a1c6f0e-2f4b-4a8e-9a57-0d3c2b1e4f01");
    private static final UUID EASTSIDE = UUID.fromString("6a1c6f0e-2f4b-4a8e-9a57-0d3c2b1e4f02");
    private static final UUID SOUTHSIDE = UUID.fromString("6a1c6f0e-2f4b-4a8e-9a57-0d3c2b1e4f03");

    private static OidcProperties bind(MutablePropertySources sources) {
        return new Binder(ConfigurationPropertySources.from(sources))
                .bind("rebound.security.oidc", Bindable.of(OidcProperties.class))
                .orElseGet(() -> new OidcProperties(List.of()));
    }

    private static MutablePropertySources environment(Map<String, Object> variables) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return sources;
    }

    @Test
    void withoutIssuersJwtsAreOff() {
        assertThat(bind(new MutablePropertySources()).enabled()).isFalse();
    }

    @Test
    void issuersAreNumberedInTheEnvironmentAndTheMemberClaimDefaultsToEmail() {
        OidcProperties oidc = bind(environment(Map.of(
                "REBOUND_SECURITY_OIDC_ISSUERS_0_ISSUER", "https://idp.example/realms/northside",
                "REBOUND_SECURITY_OIDC_ISSUERS_0_JWKSETURI",
                "https://idp.example/realms/northside/protocol/openid-connect/certs",
                "REBOUND_SECURITY_OIDC_ISSUERS_0_AUDIENCE", "rebound",
                "REBOUND_SECURITY_OIDC_ISSUERS_0_ORGANIZATIONS", NORTHSIDE + "," + EASTSIDE,
                "REBOUND_SECURITY_OIDC_ISSUERS_1_ISSUER", "https://login.example/tenant/v2.0",
                "REBOUND_SECURITY_OIDC_ISSUERS_1_JWKSETURI", "https://login.example/tenant/discovery/v2.0/keys",
                "REBOUND_SECURITY_OIDC_ISSUERS_1_AUDIENCE", "api://rebound",
                "REBOUND_SECURITY_OIDC_ISSUERS_1_MEMBERCLAIM", "preferred_username",
                "REBOUND_SECURITY_OIDC_ISSUERS_1_ORGANIZATIONS", SOUTHSIDE.toString())));

        assertThat(oidc.enabled()).isTrue();
        assertThat(oidc.issuers()).containsExactly(
                new OidcProperties.Issuer("https://idp.example/realms/northside",
                        URI.create("https://idp.example/realms/northside/protocol/openid-connect/certs"), "rebound",
                        "email", Set.of(NORTHSIDE, EASTSIDE)),
                new OidcProperties.Issuer("https://login.example/tenant/v2.0",
                        URI.create("https://login.example/tenant/discovery/v2.0/keys"), "api://rebound",
                        "preferred_username", Set.of(SOUTHSIDE)));
    }

    @Test
    void anIssuerWithoutAudienceOrKeysIsRefusedAtStartup() {
        MutablePropertySources noAudience = new MutablePropertySources();
        noAudience.addFirst(new MapPropertySource("test", Map.of(
                "rebound.security.oidc.issuers[0].issuer", "https://idp.example",
                "rebound.security.oidc.issuers[0].jwk-set-uri", "https://idp.example/certs")));
        MutablePropertySources noKeys = new MutablePropertySources();
        noKeys.addFirst(new MapPropertySource("test", Map.of(
                "rebound.security.oidc.issuers[0].issuer", "https://idp.example",
                "rebound.security.oidc.issuers[0].audience", "rebound")));

        assertThatThrownBy(() -> bind(noAudience)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("audience of issuer https://idp.example is required");
        assertThatThrownBy(() -> bind(noKeys)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("jwk-set-uri");
    }

    @Test
    void anIssuerConfiguredTwiceIsRefused() {
        MutablePropertySources twice = new MutablePropertySources();
        twice.addFirst(new MapPropertySource("test", Map.of(
                "rebound.security.oidc.issuers[0].issuer", "https://idp.example",
                "rebound.security.oidc.issuers[0].jwk-set-uri", "https://idp.example/certs",
                "rebound.security.oidc.issuers[0].audience", "rebound",
                "rebound.security.oidc.issuers[0].organizations", NORTHSIDE.toString(),
                "rebound.security.oidc.issuers[1].issuer", "https://idp.example",
                "rebound.security.oidc.issuers[1].jwk-set-uri", "https://idp.example/other-certs",
                "rebound.security.oidc.issuers[1].audience", "rebound",
                "rebound.security.oidc.issuers[1].organizations", NORTHSIDE.toString())));

        assertThatThrownBy(() -> bind(twice)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("configured twice");
    }

    @Test
    void anIssuerSpeaksOnlyForTheOrganizationsConfiguredForItAndForNoneWithout() {
        MutablePropertySources noOrganizations = new MutablePropertySources();
        noOrganizations.addFirst(new MapPropertySource("test", Map.of(
                "rebound.security.oidc.issuers[0].issuer", "https://idp.example",
                "rebound.security.oidc.issuers[0].jwk-set-uri", "https://idp.example/certs",
                "rebound.security.oidc.issuers[0].audience", "rebound")));

        assertThatThrownBy(() -> bind(noOrganizations)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("organizations of issuer https://idp.example is required");
    }
}
