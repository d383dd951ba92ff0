package dev.rebound.web.openapi;

import dev.rebound.api.access.command.RecordDataAccess;
import dev.rebound.api.access.query.AccessLogEntry;
import dev.rebound.api.organization.Role;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

import java.util.Comparator;

/**
 * The OpenAPI 3.1 document of the API ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui.html}), both public.
 * Controllers say what each operation does ({@code @Operation}, {@code @Tag}); what every operation has in common
 * (the bearer token, the problem-details errors, {@code Idempotency-Key}) and the examples are added here, once.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearerToken";

    private static final String DESCRIPTION = """
            Rebound turns job rejections into measured improvement: a candidate tracks applications, records \
            rejections, asks for feedback while it is fresh, evaluates it after a cooling-off period and practises \
            what rings true; the read models (timeline, to-do list, weakness trends …) show where that leads.

            Commands answer `202 Accepted` once their event is stored; reads are eventually consistent. Every error \
            is an RFC 9457 problem (`application/problem+json`). A POST can be retried safely with \
            `Idempotency-Key: <uuid>`.""";

    @Bean
    OpenAPI reboundOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Rebound API")
                        .version("v1")
                        .description(DESCRIPTION)
                        .contact(new Contact().name("Rebound")))
                // relative: the document describes whichever server serves it
                .addServersItem(new Server().url("/").description("The server that serves this document"))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A personal access token, the platform-admin bootstrap token of the "
                                + "embedded default (`data/bootstrap-token`), or an OIDC JWT from an identity "
                                + "provider the server trusts (`rebound.security.oidc.issuers`): signed (RS/PS/ES), "
                                + "for the configured audience, with the claims `org` (the organization id) and "
                                + "`roles` (`ORG_ADMIN`, `COACH`, `ANALYST`, `CANDIDATE`; the first of these that "
                                + "the token lists counts); a coach or candidate is matched to their member by "
                                + "e-mail address.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OperationCustomizer commonErrorResponses() {
        return new CommonResponses();
    }

    @Bean
    OpenApiCustomizer problemComponentsAndExamples(JsonMapper json) {
        return openApi -> {
            CommonResponses.addComponents(openApi);
            // stable order for the committed snapshot; springdoc collects tags in bean order
            openApi.getTags().sort(Comparator.comparing(Tag::getName));
            Examples.load(json).addTo(openApi);
            readerRoles(openApi);
        };
    }

    /** An access log names only the roles in which someone reads another's candidate data. */
    private static void readerRoles(OpenAPI openApi) {
        Schema<?> entry = openApi.getComponents().getSchemas().get(AccessLogEntry.class.getSimpleName());
        if (entry != null && entry.getProperties() != null && entry.getProperties().get("readerRole") != null) {
            @SuppressWarnings("unchecked")
            Schema<Object> role = (Schema<Object>) entry.getProperties().get("readerRole");
            role.setEnum(RecordDataAccess.READER_ROLES.stream().map(Role::name).map(Object.class::cast).toList());
        }
    }

    /** The document and Swagger UI need no token; everything else stays with the API's own filter chain. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                        "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }
}
