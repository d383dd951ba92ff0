package dev.rebound.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.util.UUID;

/**
 * The web module's view of {@code rebound.*}.
 *
 * @param dataDir                where the bootstrap token file lives (env {@code REBOUND_DATA_DIR})
 * @param bootstrapToken         the platform-admin token (env {@code REBOUND_BOOTSTRAP_TOKEN}); generated when unset
 * @param defaultOrganizationId  the organization the platform admin acts in until organizations can be created
 * @param api                    limits of the REST API
 */
@ConfigurationProperties("rebound")
public record WebProperties(
        @DefaultValue("./data") Path dataDir,
        String bootstrapToken,
        @DefaultValue("00000000-0000-0000-0000-000000000001") UUID defaultOrganizationId,
        @DefaultValue Api api) {

    /**
     * @param maxBodySize the largest request body under {@code /api/} (env {@code REBOUND_API_MAX_BODY_SIZE}); larger
     *                    ones are answered 413
     */
    public record Api(@DefaultValue("1MB") DataSize maxBodySize) {
    }
}
