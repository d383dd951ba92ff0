package dev.rebound.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.util.UUID;

/**
 * The web module's view of {@code rebound.*}.
 *
 * @param dataDir                where the bootstrap token file lives (env {@code REBOUND_DATA_DIR})
 * @param bootstrapToken         the platform-admin token (env {@code REBOUND_BOOTSTRAP_TOKEN}); generated when unset
 * @param defaultOrganizationId  the organization the platform admin acts in until organizations can be created
 */
@ConfigurationProperties("rebound")
public record WebProperties(
        @DefaultValue("./data") Path dataDir,
        String bootstrapToken,
        @DefaultValue("00000000-0000-0000-0000-000000000001") UUID defaultOrganizationId) {
}
