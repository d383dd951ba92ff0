package dev.rebound.api.access;

import dev.rebound.api.common.OrganizationId;

import java.util.Objects;

/**
 * A part of Rebound that sends commands or queries on its own, not for a signed-in person: it has exactly the rights
 * of its {@link SystemActor}, and, when bound to an organization, only in that organization.
 */
public record SystemCaller(SystemActor actor, OrganizationId organizationId) implements Sender {

    public SystemCaller {
        Objects.requireNonNull(actor, "actor");
    }

    /** An actor that acts in no particular organization (checking a token, creating the default organization). */
    public static SystemCaller of(SystemActor actor) {
        return new SystemCaller(actor, null);
    }
}
