package dev.rebound.infra.axon;

import dev.rebound.domain.application.Application;
import dev.rebound.domain.application.FeedbackCycleSettings;
import dev.rebound.domain.employer.EmployerRelationship;
import dev.rebound.domain.employer.EmployerRelationships;
import dev.rebound.domain.employer.EventSourcedEmployerRelationships;
import dev.rebound.domain.improvement.ImprovementPlan;
import dev.rebound.domain.organization.Candidate;
import dev.rebound.domain.organization.EventSourcedOrganizations;
import dev.rebound.domain.organization.Organization;
import dev.rebound.infra.ReboundProperties;
import dev.rebound.infra.access.AccessQueries;
import dev.rebound.infra.access.DataAccessLog;
import dev.rebound.infra.access.MessageAccessPolicy;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.queryhandling.QueryMessage;
import dev.rebound.infra.access.PersonalAccessTokens;
import dev.rebound.infra.access.TokenUses;
import dev.rebound.infra.access.VerifiedTokens;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

import java.time.Clock;

/** Registers the domain's aggregates with Axon; the domain itself knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class AggregatesConfiguration {

    /** The clock aggregates check occurred-at times against; tests replace it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    FeedbackCycleSettings feedbackCycleSettings(ReboundProperties properties) {
        return new FeedbackCycleSettings(properties.feedbackCycle().responseTimeout(),
                properties.feedbackCycle().coolingOff());
    }

    /** Applications reach their employer relationship through its repository, looked up once Axon is built. */
    @Bean
    EmployerRelationships employerRelationships(ObjectProvider<org.axonframework.config.Configuration> axon) {
        return new EventSourcedEmployerRelationships(() -> axon.getObject().repository(EmployerRelationship.class));
    }

    /** Candidate records and member roles, reached through their repositories once Axon is built. */
    @Bean
    EventSourcedOrganizations organizations(ObjectProvider<org.axonframework.config.Configuration> axon) {
        return new EventSourcedOrganizations(() -> axon.getObject().repository(Organization.class),
                () -> axon.getObject().repository(Candidate.class));
    }

    /** Valid tokens this node has just checked, by hash; revocations on any node reach it through LISTEN/NOTIFY. */
    @Bean
    VerifiedTokens verifiedTokens(ReboundProperties properties) {
        return new VerifiedTokens(properties.tokens().cacheTtl());
    }

    /** Writes the times tokens were used in batches, off the request thread. */
    @Bean
    TokenUses tokenUses(DataSource dataSource, ReboundProperties properties) {
        return new TokenUses(JdbcClient.create(dataSource), properties.tokens().lastUsedFlushInterval());
    }

    @Bean
    PersonalAccessTokens personalAccessTokens(DataSource dataSource, EventSourcedOrganizations organizations,
                                              Clock clock, VerifiedTokens verifiedTokens, TokenUses tokenUses) {
        return new PersonalAccessTokens(JdbcClient.create(dataSource), organizations, clock, verifiedTokens,
                tokenUses);
    }

    /** The one access decision, taken where every command and query is handled (docs/decisions/0015). */
    @Bean
    MessageAccessPolicy messageAccessPolicy(AccessQueries access, PersonalAccessTokens tokens, DataAccessLog log) {
        return new MessageAccessPolicy(access, tokens, log);
    }

    /** Registered on the command bus by Axon's interceptor auto-configuration. */
    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> commandAccessPolicy(MessageAccessPolicy policy) {
        return policy.commands();
    }

    /** Registered on the query bus by Axon's interceptor auto-configuration. */
    @Bean
    MessageHandlerInterceptor<QueryMessage<?, ?>> queryAccessPolicy(MessageAccessPolicy policy) {
        return policy.queries();
    }

    /** The access audit: who read which candidate's data, when. */
    @Bean
    DataAccessLog dataAccessLog(DataSource dataSource, Clock clock) {
        return new DataAccessLog(JdbcClient.create(dataSource), clock);
    }

    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer
                .configureAggregate(Application.class)
                .configureAggregate(EmployerRelationship.class)
                .configureAggregate(ImprovementPlan.class)
                .configureAggregate(Organization.class)
                .configureAggregate(Candidate.class);
    }
}
