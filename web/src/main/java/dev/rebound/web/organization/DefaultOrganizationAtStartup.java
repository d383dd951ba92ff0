package dev.rebound.web.organization;

import dev.rebound.web.security.AsSender;

import dev.rebound.api.access.SystemCaller;

import dev.rebound.api.access.SystemActor;

import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.web.WebProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The organization the platform admin acts in ({@code rebound.default-organization-id}) exists from the first start,
 * so that members (and so candidates) can be added to it like to any other organization. Creating it again on a later
 * start, or on a second node at the same moment, is refused by the event store and changes nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DefaultOrganizationAtStartup implements ApplicationRunner {

    static final String NAME = "Default organization";

    private static final Logger LOG = LoggerFactory.getLogger(DefaultOrganizationAtStartup.class);

    private final CommandGateway commands;
    private final WebProperties properties;

    DefaultOrganizationAtStartup(CommandGateway commands, WebProperties properties) {
        this.commands = commands;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        OrganizationId organization = OrganizationId.of(properties.defaultOrganizationId());
        try {
            AsSender.sendAndWait(commands, new CreateOrganization(organization, NAME), SystemCaller.of(SystemActor.STARTUP));
            LOG.info("Created the default organization {}", organization);
        } catch (RuntimeException failure) {
            if (!createdBefore(failure)) {
                throw failure;
            }
        }
    }

    private static boolean createdBefore(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
