package dev.rebound.api.contactaudit.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.OrganizationId;

import java.util.Objects;

/** One page of an organization's employer-contact audit, newest occurred-at first. */
public record FindContactAudit(
        OrganizationId organizationId,
        ContactAuditCriteria criteria,
        int page,
        int size) implements Guarded {

    public static final int MAX_PAGE_SIZE = 200;

    public FindContactAudit {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(criteria, "criteria");
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    @Override
    public AccessRule accessRule() {
        return new AccessRule.OrganizationData(organizationId, AccessRule.OrganizationUse.ADMINISTER);
    }
}
