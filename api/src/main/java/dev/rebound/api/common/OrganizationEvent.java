package dev.rebound.api.common;

/** An event within one organization (tenant): every event is one, and every read-model row carries it. */
public interface OrganizationEvent {

    OrganizationId organizationId();
}
