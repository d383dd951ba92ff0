package dev.rebound.infra.upcasting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rebound.api.application.event.FeedbackReceived;
import dev.rebound.api.application.event.FeedbackRequested;
import dev.rebound.api.application.event.RejectionReceived;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each revision step against the JSON of the older revision as it was stored ({@code src/test/resources/upcasting}),
 * read through Jackson as the event store reads it.
 */
class RevisionStepUpcastersTest {

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build())
            .build();

    private static byte[] stored(String file) {
        try (InputStream json = RevisionStepUpcastersTest.class.getResourceAsStream("/upcasting/" + file)) {
            return json.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Cannot read upcasting/" + file, e);
        }
    }

    private List<IntermediateEventRepresentation> upcast(EventUpcaster upcaster, Class<?> type, String revision,
                                                         byte[] payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Application",
                UUID.randomUUID().toString(), 3, UUID.randomUUID().toString(), Instant.parse("2026-03-12T08:00:01Z"),
                type.getName(), revision, payload, "{}".getBytes(StandardCharsets.UTF_8));
        return upcaster.upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
    }

    private <T> T read(EventUpcaster upcaster, Class<T> type, String file) {
        List<IntermediateEventRepresentation> upcast = upcast(upcaster, type, "1", stored(file));
        assertThat(upcast).hasSize(1);
        assertThat(upcast.getFirst().getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(upcast.getFirst().getData());
    }

    @Test
    void rejectionReceivedOneToTwoIsDueForAFeedbackRequestADayAfterItCame() {
        RejectionReceived event = read(new RejectionReceivedUpcaster1to2(), RejectionReceived.class,
                "RejectionReceived-1.json");

        assertThat(event.receivedAt()).isEqualTo(Instant.parse("2026-03-04T09:30:00Z"));
        assertThat(event.feedbackRequestDueAt()).isEqualTo(Instant.parse("2026-03-05T09:30:00Z"));
        assertThat(event.reasonGiven()).isEqualTo("We went with a candidate with more domain experience");
    }

    @Test
    void feedbackRequestedOneToTwoWaitsTwoWeeksAndFollowsUpAfterAWeek() {
        FeedbackRequested event = read(new FeedbackRequestedUpcaster1to2(), FeedbackRequested.class,
                "FeedbackRequested-1.json");

        assertThat(event.responseDueAt()).isEqualTo(Instant.parse("2026-03-18T15:00:00Z"));
        assertThat(event.followUpDueAt()).isEqualTo(Instant.parse("2026-03-11T15:00:00Z"));
        assertThat(event.questions()).singleElement().satisfies(question ->
                assertThat(question.key()).isEqualTo("weak-areas"));
    }

    @Test
    void feedbackRequestedOneToTwoHasNoFollowUpAfterTheFollowUp() {
        FeedbackRequested event = read(new FeedbackRequestedUpcaster1to2(), FeedbackRequested.class,
                "FeedbackRequested-1-follow-up.json");

        assertThat(event.requestNumber()).isEqualTo(2);
        assertThat(event.responseDueAt()).isEqualTo(Instant.parse("2026-03-25T15:00:00Z"));
        assertThat(event.followUpDueAt()).isNull();
    }

    @Test
    void feedbackReceivedOneToTwoIsDueForEvaluationADayAfterItCame() {
        FeedbackReceived event = read(new FeedbackReceivedUpcaster1to2(), FeedbackReceived.class,
                "FeedbackReceived-1.json");

        assertThat(event.evaluationDueAt()).isEqualTo(Instant.parse("2026-03-13T08:00:00Z"));
        assertThat(event.points()).singleElement().satisfies(point ->
                assertThat(point.text()).isEqualTo("Interrupted the panel several times"));
    }

    @Test
    void aRevisionTwoEventAndOtherEventsPassUntouched() {
        List<IntermediateEventRepresentation> two = upcast(new RejectionReceivedUpcaster1to2(),
                RejectionReceived.class, "2", stored("RejectionReceived-1.json"));
        List<IntermediateEventRepresentation> other = upcast(new RejectionReceivedUpcaster1to2(),
                FeedbackReceived.class, "1", stored("FeedbackReceived-1.json"));

        assertThat(two).hasSize(1);
        RejectionReceived untouched = serializer.deserialize(two.getFirst().getData());
        assertThat(untouched.feedbackRequestDueAt()).as("no field added to a revision 2 payload").isNull();
        assertThat(other).singleElement().satisfies(representation ->
                assertThat(representation.getType().getRevision()).isEqualTo("1"));
    }
}
