package dev.rebound.api.contactaudit.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.OrganizationId;

import java.util.Objects;

/**
 * The next batch of an export of the audit: the matching contacts that come after {@code after} in the audit's order
 * (newest occurred-at first), at most {@code limit} of them. Start with {@code after} null and continue with the
 * batch's {@link ContactAuditBatch#next()} until it is null. The cursor names a position, not an offset, so a contact
 * recorded meanwhile never makes a row appear twice.
 */
public record ExportContactAudit(
        OrganizationId organizationId,
        ContactAuditCriteria criteria,
        ContactAuditCursor after,
        int limit) implements Guarded {

    public static final int MAX_LIMIT = 1000;

    public ExportContactAudit {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(criteria, "criteria");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    @Override
    public AccessRule accessRule() {
        return new AccessRule.OrganizationData(organizationId, AccessRule.OrganizationUse.ADMINISTER);
    }
}
