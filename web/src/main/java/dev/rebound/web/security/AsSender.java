package dev.rebound.web.security;

import dev.rebound.api.access.Sender;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Sends a command or query in the name of an explicit sender: a system actor (the token checks, the first start, the
 * demo data) or a person outside a request (a live stream checking again). Inside a request, the signed-in person is
 * added to every message by itself ({@link SendersOnMessages}).
 */
public final class AsSender {

    private AsSender() {
    }

    public static <R> R sendAndWait(CommandGateway commands, Object command, Sender sender) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(sender.toMetaData()));
    }

    public static <R> CompletableFuture<Optional<R>> find(QueryGateway queries, Object query, Class<R> answer,
                                                          Sender sender) {
        return queries.query(GenericMessage.asMessage(query).andMetaData(sender.toMetaData()),
                ResponseTypes.optionalInstanceOf(answer));
    }
}
