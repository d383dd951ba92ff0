package dev.rebound.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Request and response examples, by operation id, from {@code openapi/examples.json}: kept out of the controllers,
 * and checked against the schemas by Spectral ({@code oas3-valid-media-example}) on every build.
 */
record Examples(Map<String, OperationExamples> byOperation) {

    static final String RESOURCE = "openapi/examples.json";
    private static final String JSON = "application/json";

    /** Example values are plain JSON; {@code response} goes to the operation's success answer. */
    record OperationExamples(Object request, Object response) {
    }

    static Examples load(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new Examples(json.readValue(in, new TypeReference<Map<String, OperationExamples>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    void addTo(OpenAPI openApi) {
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(this::addTo));
    }

    private void addTo(Operation operation) {
        OperationExamples examples = byOperation.get(operation.getOperationId());
        if (examples == null) {
            return;
        }
        if (examples.request() != null && operation.getRequestBody() != null) {
            json(operation.getRequestBody().getContent()).example(examples.request());
        }
        if (examples.response() != null) {
            operation.getResponses().entrySet().stream()
                    .filter(response -> response.getKey().startsWith("2"))
                    .map(Map.Entry::getValue)
                    .map(ApiResponse::getContent)
                    .filter(content -> content != null && content.get(JSON) != null)
                    .forEach(content -> json(content).example(examples.response()));
        }
    }

    private static MediaType json(Content content) {
        return content.get(JSON);
    }
}
