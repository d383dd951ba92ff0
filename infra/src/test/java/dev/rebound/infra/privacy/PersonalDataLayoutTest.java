package dev.rebound.infra.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rebound.api.application.FeedbackGiver;
import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.Specificity;
import dev.rebound.api.application.event.FeedbackReceived;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.privacy.DataSubject;
import dev.rebound.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which values of an event are personal, and that every event holding some names whose they are. */
class PersonalDataLayoutTest {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    void everyEventWithPersonalDataNamesItsDataSubject() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        List<Class<?>> events = scanner.findCandidateComponents("dev.rebound.api").stream()
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), null))
                .toList();
        List<String> withoutSubject = events.stream()
                .filter(type -> PersonalDataLayout.of(type).holdsPersonalData())
                .filter(type -> !DataSubject.class.isAssignableFrom(type))
                .map(Class::getName)
                .toList();

        assertThat(events).hasSizeGreaterThan(20);
        assertThat(withoutSubject).isEmpty();
        assertThat(PersonalDataLayout.of(FeedbackReceived.class).holdsPersonalData()).isTrue();
    }

    @Test
    void transformsExactlyThePersonalValuesOfNestedRecordsAndLists() {
        FeedbackReceived event = new FeedbackReceived(ApplicationId.random(), OrganizationId.random(),
                CandidateId.random(), EmployerId.of(java.util.UUID.randomUUID()), Instant.parse("2026-03-01T09:00:00Z"),
                List.of(new FeedbackPoint(FeedbackPointId.random(), "too quiet"),
                        new FeedbackPoint(FeedbackPointId.random(), "no questions")),
                new FeedbackGiver("Grace", null), Specificity.SPECIFIC, Instant.parse("2026-03-02T09:00:00Z"));
        JsonNode tree = JSON.valueToTree(event);

        PersonalDataLayout.of(FeedbackReceived.class).transform(tree, value -> "<" + value + ">");

        assertThat(tree.path("points").findValuesAsText("text")).containsExactly("<too quiet>", "<no questions>");
        assertThat(tree.path("giver").path("name").asText()).isEqualTo("<Grace>");
        assertThat(tree.path("giver").path("role").isNull()).isTrue();
        assertThat(tree.path("specificity").asText()).isEqualTo("SPECIFIC");
        assertThat(tree.path("candidateId").asText()).isEqualTo(event.candidateId().toString());
    }

    record Misplaced(@PersonalData Integer age) {
    }

    @Test
    void personalDataMustBeText() {
        assertThatThrownBy(() -> PersonalDataLayout.of(Misplaced.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("String or List<String>");
    }
}
