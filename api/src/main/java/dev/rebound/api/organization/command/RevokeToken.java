package dev.rebound.api.organization.command;

import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;

import java.util.UUID;

/** A personal access token stops working at once. */
public record RevokeToken(OrganizationId organizationId, MemberId memberId, UUID tokenId) {
}
