package dev.rebound.domain.organization;

import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;

import java.util.Optional;

/** Who belongs to an organization in which role, as a candidate record needs to know it (e.g. to assign a coach). */
public interface Members {

    Optional<Role> roleOf(OrganizationId organization, MemberId member);
}
