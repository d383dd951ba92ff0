package dev.rebound.infra.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.time.Instant;

/**
 * One step of one event's payload from a revision to the next, on its JSON tree. The tree is the one stored, so
 * {@code @PersonalData} values are still encrypted here; a step only reads and adds fields without personal data, and
 * the crypto-shredding serializer decrypts after it.
 */
abstract class RevisionStepUpcaster extends SingleEventUpcaster {

    private final SerializedType from;
    private final SerializedType to;

    RevisionStepUpcaster(Class<?> eventType, String fromRevision, String toRevision) {
        this.from = new SimpleSerializedType(eventType.getName(), fromRevision);
        this.to = new SimpleSerializedType(eventType.getName(), toRevision);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            ObjectNode upcast = (ObjectNode) payload.deepCopy();
            upcast(upcast);
            return upcast;
        });
    }

    /** Changes the payload of the older revision into the newer one, in place. */
    abstract void upcast(ObjectNode payload);

    static Instant instant(ObjectNode payload, String field) {
        JsonNode value = payload.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalStateException("A stored event lacks '" + field + "', which its revision always had");
        }
        return Instant.parse(value.asText());
    }

    static void put(ObjectNode payload, String field, Instant value) {
        if (value == null) {
            payload.putNull(field);
        } else {
            payload.put(field, value.toString());
        }
    }
}
