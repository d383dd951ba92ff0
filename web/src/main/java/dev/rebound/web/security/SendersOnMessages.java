package dev.rebound.web.security;

import dev.rebound.api.access.Sender;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Every command and query the web sends for a signed-in person carries that person as its sender (Axon metadata,
 * {@link Sender}), so the access policy on the handling side decides on who they are and on the message's typed
 * target. A message already naming its sender (a system actor) keeps it; one sent with no one signed in and no sender
 * named carries none, and is refused. For the access audit the message also names what was read (the method and the
 * endpoint or page template Spring matched; never the path as spelled) and which request read it, so a page that
 * reads one candidate with several queries is recorded once.
 */
@Configuration(proxyBeanMethods = false)
class SendersOnMessages {

    private static final String REQUEST_ID = SendersOnMessages.class.getName() + ".request";

    /** Before any other dispatch interceptor, so that the signed-in person is the sender. */
    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> commandSender() {
        return new CommandSender();
    }

    @Bean
    MessageDispatchInterceptor<QueryMessage<?, ?>> querySender() {
        return new QuerySender();
    }

    static final class CommandSender implements MessageDispatchInterceptor<CommandMessage<?>>, Ordered {
        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                List<? extends CommandMessage<?>> messages) {
            return (index, message) -> withSender(message);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    static final class QuerySender implements MessageDispatchInterceptor<QueryMessage<?, ?>>, Ordered {
        @Override
        public BiFunction<Integer, QueryMessage<?, ?>, QueryMessage<?, ?>> handle(
                List<? extends QueryMessage<?, ?>> messages) {
            return (index, message) -> withSender(message);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    @SuppressWarnings("unchecked")
    static <M extends Message<?>> M withSender(M message) {
        if (Sender.fromMetaData(message.getMetaData()).isPresent()) {
            return message;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal person)) {
            return message;
        }
        Map<String, Object> data = new HashMap<>(Callers.of(person).toMetaData());
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            if (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern) {
                String method = "HEAD".equals(request.getMethod()) ? "GET" : request.getMethod();
                data.put(Sender.RESOURCE, method + " " + pattern);
            }
            Object id = request.getAttribute(REQUEST_ID);
            if (id == null) {
                id = UUID.randomUUID().toString();
                request.setAttribute(REQUEST_ID, id);
            }
            data.put(Sender.REQUEST, id);
        }
        return (M) message.andMetaData(data);
    }
}
