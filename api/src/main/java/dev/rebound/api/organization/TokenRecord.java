package dev.rebound.api.organization;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal access token as its holder may review it, never its secret: its name (null once the holder's personal
 * data is erased), when and by whom it was issued ({@code issuedByRole} {@code PLATFORM_ADMIN} with no member for
 * the platform admin; both null when not recorded: tokens issued before it was, or by the system), when it was last
 * used (to the minute) and when it was revoked (null while it works).
 */
public record TokenRecord(UUID tokenId, String name, Instant issuedAt, MemberId issuedByMemberId, Role issuedByRole,
                          Instant lastUsedAt, Instant revokedAt) {
}
