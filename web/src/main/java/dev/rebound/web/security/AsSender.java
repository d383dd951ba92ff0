package dev.rebound.web.security;

import dev.rebound.api.access.Sender;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;


/**
 * Sends a command or query in the name of an explicit sender: a system actor (the token checks, the first start, the
 * demo data) or a person outside a request (a live stream checking again). Inside a request, the signed-in person is
 * added to every message by itself ({@link SendersOnMessages}). Queries in a sender's name are asked through
 * {@code Reads.findAs}, bounded like every other read.
 */
public final class AsSender {

    private AsSender() {
    }

    public static <R> R sendAndWait(CommandGateway commands, Object command, Sender sender) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(sender.toMetaData()));
    }

    /** A query (or any payload) as a message in the sender's name, for the query gateway. */
    public static Message<?> query(Object query, Sender sender) {
        return GenericMessage.asMessage(query).andMetaData(sender.toMetaData());
    }
}
