package dev.rebound.api.organization.event;

import dev.rebound.api.common.OrganizationEvent;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.serialization.Revision;

/** A tenant exists: a coaching organization or a lone job seeker's personal space. */
@Revision("1")
public record OrganizationCreated(OrganizationId organizationId, String name) implements OrganizationEvent {
}
