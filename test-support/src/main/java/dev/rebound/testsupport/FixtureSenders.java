package dev.rebound.testsupport;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Caller;
import dev.rebound.api.access.Guarded;
import dev.rebound.api.access.Sender;
import dev.rebound.api.access.SystemActor;
import dev.rebound.api.access.SystemCaller;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.Role;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.core.Ordered;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Tests set up their data by sending commands and queries straight to Axon's gateways, as no one signed in. The access
 * policy refuses a message without a sender, so in tests (and only there) such a message is sent by a fixture: the
 * platform admin of the organization the message is for (the candidate for their consent, a coach for a coach's own
 * list, the token checks for their look-ups). It runs after every other dispatch interceptor and never replaces a sender already named, so a request
 * made over HTTP keeps the signed-in caller.
 */
public final class FixtureSenders {

    static final String SUBJECT = "test-fixture";

    private FixtureSenders() {
    }

    static <M extends Message<?>> M stamp(M message) {
        if (Sender.fromMetaData(message.getMetaData()).isPresent()) {
            return message;
        }
        @SuppressWarnings("unchecked")
        M stamped = (M) message.andMetaData(fixture(message.getPayload()).toMetaData());
        return stamped;
    }

    private static Sender fixture(Object payload) {
        if (!(payload instanceof Guarded guarded)) {
            return platformAdmin(new OrganizationId(UUID.randomUUID()));
        }
        return switch (guarded.accessRule()) {
            case AccessRule.SystemOnly internal -> SystemCaller.of(SystemActor.AUTHENTICATION);
            case AccessRule.CoachOwnCandidates own ->
                    new Caller(SUBJECT, own.organizationId(), Role.COACH, own.coachMemberId(), null);
            // consent is the candidate's alone
            case AccessRule.CandidateData data when data.use() == AccessRule.Use.CONSENT ->
                    new Caller(SUBJECT, data.organizationId(), Role.CANDIDATE, null, data.candidateId());
            case AccessRule.CandidateData data -> platformAdmin(data.organizationId());
            case AccessRule.ApplicationData data -> platformAdmin(data.organizationId());
            case AccessRule.CandidatesData data -> platformAdmin(data.organizationId());
            case AccessRule.OrganizationData data -> platformAdmin(data.organizationId());
            case AccessRule.MemberTokens data -> platformAdmin(data.organizationId());
            case AccessRule.OwnRead data -> data.readerMemberId() == null ? platformAdmin(data.organizationId())
                    : new Caller(SUBJECT, data.organizationId(), Role.ORG_ADMIN, data.readerMemberId(), null);
            case AccessRule.Platform platform -> platformAdmin(new OrganizationId(UUID.randomUUID()));
            case AccessRule.Everyone everyone -> platformAdmin(new OrganizationId(UUID.randomUUID()));
        };
    }

    private static Caller platformAdmin(OrganizationId organization) {
        return new Caller(SUBJECT, organization, Role.PLATFORM_ADMIN, null, null);
    }

    /** On the command gateway. */
    public static final class ForCommands implements MessageDispatchInterceptor<CommandMessage<?>>, Ordered {
        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                List<? extends CommandMessage<?>> messages) {
            return (index, message) -> stamp(message);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** On the query gateway. */
    public static final class ForQueries implements MessageDispatchInterceptor<QueryMessage<?, ?>>, Ordered {
        @Override
        public BiFunction<Integer, QueryMessage<?, ?>, QueryMessage<?, ?>> handle(
                List<? extends QueryMessage<?, ?>> messages) {
            return (index, message) -> stamp(message);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
