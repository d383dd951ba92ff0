package dev.rebound.web.openapi;

import dev.rebound.web.query.Reads;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.http.HttpStatus;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers every operation may give besides its own, as reusable components: the problem-details errors (which
 * status applies follows from what the handler takes: a body, path ids, query parameters, whether it changes
 * anything or asks a read model; 401 and 429 apply to all) and the {@code Idempotency-Key} header of every POST.
 */
final class CommonResponses implements OperationCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String REF = "#/components/";
    static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    private static final String RETRY_AFTER = "RetryAfter";
    private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

    /** The error answers, by status: the component's name and what it means here. */
    private enum ErrorAnswer {
        MALFORMED("400", "MalformedRequest", "The body is not valid JSON, or a path or query value has the wrong "
                + "type (a bad UUID, a bad date).", Map.of("malformedRequest", problem(400, "malformed-request",
                "'not-a-uuid' is not a valid value for applicationId.",
                List.of(Map.of("field", "applicationId", "message", "must be a valid UUID")))), false),
        UNAUTHENTICATED("401", "Unauthenticated", "No token, or a token that is not known (revoked, expired, not "
                + "signed by a trusted identity provider, or whose claims make no Rebound caller).",
                Map.of("unauthenticated", problem(401, "unauthenticated",
                        "Send a valid token as 'Authorization: Bearer <token>'.", null)), false),
        FORBIDDEN("403", "Forbidden", "The caller sees the candidate but may not do this: a coach reads and "
                + "records nothing, an org admin assigns coaches, the candidate alone grants or revokes their "
                + "coaches' access.", Map.of("forbidden", problem(403, "forbidden",
                "A coach reads their candidates' data; the candidate records it.", null)), false),
        NOT_FOUND("404", "NotFound", "No such resource, or it is not visible to the caller (another tenant's ids "
                + "are never revealed).", Map.of("notFound", problem(404, "not-found",
                "No such resource, or it is not visible to you.", null)), false),
        CONFLICT("409", "Conflict", "A rule of the feedback cycle was broken (`rule` names it, `detail` says what "
                + "to do instead), someone changed the same thing at the same moment (retry after `Retry-After`), "
                + "or the `Idempotency-Key` was used for another request.", conflictExamples(), true),
        TOO_LARGE("413", "ContentTooLarge", "The request body is larger than the server accepts "
                + "(`rebound.api.max-body-size`, 1 MiB by default).", Map.of("contentTooLarge", problem(413,
                "body-too-large", "The request body may have at most 1048576 bytes.", null)), false),
        UNPROCESSABLE("422", "UnprocessableContent", "Valid JSON whose fields break their rules; `errors[]` lists "
                + "each field.", Map.of("invalidFields", problem(422, "invalid-request",
                "Some fields break their rules: roleTitle must not be blank.",
                List.of(Map.of("field", "roleTitle", "message", "must not be blank")))), false),
        RATE_LIMITED("429", "TooManyRequests", "More calls than the caller's allowance "
                + "(`rebound.api.rate-limit.*`: 300 at once and 300 a minute by default, shared by all tokens of a "
                + "member); retry after `Retry-After` seconds. Every other answer under `/api` carries "
                + "`X-RateLimit-Limit` and `X-RateLimit-Remaining`.", Map.of("rateLimited", problem(429,
                "rate-limited", "Too many calls: each caller may make 300 at once and 300 a minute; retry after "
                + "1 s.", null)), true),
        UNAVAILABLE("503", "ServiceUnavailable", "A read model (or the Idempotency-Key store, or an identity "
                + "provider's signing keys) did not answer in time; retry after `Retry-After` seconds.",
                Map.of("unavailable", problem(503, "unavailable",
                "The read model did not answer within 30 s; try again shortly.", null)), true);

        private final String status;
        private final String component;
        private final String description;
        private final Map<String, Map<String, Object>> examples;
        private final boolean retryAfter;

        ErrorAnswer(String status, String component, String description, Map<String, Map<String, Object>> examples,
              boolean retryAfter) {
            this.status = status;
            this.component = component;
            this.description = description;
            this.examples = examples;
            this.retryAfter = retryAfter;
        }
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        MethodParameter[] parameters = handler.getMethodParameters();
        boolean body = has(parameters, RequestBody.class);
        boolean pathIds = has(parameters, PathVariable.class);
        boolean query = has(parameters, RequestParam.class);
        boolean post = handler.hasMethodAnnotation(PostMapping.class);
        boolean changes = !handler.hasMethodAnnotation(GetMapping.class);
        boolean readModel = ReflectionUtils.findField(handler.getBeanType(), null, Reads.class) != null;

        if (post) {
            operation.addParametersItem(new Parameter().$ref(REF + "parameters/" + IDEMPOTENCY_KEY));
        }
        ApiResponses responses = operation.getResponses();
        if (body || pathIds || query || post) {
            add(responses, ErrorAnswer.MALFORMED);
        }
        add(responses, ErrorAnswer.UNAUTHENTICATED);
        if (changes && underACandidate(handler)) {
            add(responses, ErrorAnswer.FORBIDDEN);
        }
        if (pathIds) {
            add(responses, ErrorAnswer.NOT_FOUND);
        }
        if (changes) {
            add(responses, ErrorAnswer.CONFLICT);
        }
        if (body || post) {
            add(responses, ErrorAnswer.TOO_LARGE);
        }
        if (body || query) {
            add(responses, ErrorAnswer.UNPROCESSABLE);
        }
        add(responses, ErrorAnswer.RATE_LIMITED);
        if ((readModel && !changes) || post) {
            add(responses, ErrorAnswer.UNAVAILABLE);
        }
        return operation;
    }

    private static void add(ApiResponses responses, ErrorAnswer error) {
        responses.addApiResponse(error.status, new ApiResponse().$ref(REF + "responses/" + error.component));
    }

    /** A candidate's or an application's endpoint, where some who see the candidate may not write (403). */
    private static boolean underACandidate(HandlerMethod handler) {
        MethodParameter[] parameters = handler.getMethodParameters();
        String[] names = PARAMETER_NAMES.getParameterNames(handler.getMethod());
        for (int i = 0; names != null && i < parameters.length; i++) {
            if (parameters[i].hasParameterAnnotation(PathVariable.class)
                    && ("candidateId".equals(names[i]) || "applicationId".equals(names[i]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(MethodParameter[] parameters, Class<? extends Annotation> type) {
        return Arrays.stream(parameters).anyMatch(parameter -> parameter.hasParameterAnnotation(type));
    }

    /** The shared schemas, responses, header and parameter the operations refer to. */
    static void addComponents(OpenAPI openApi) {
        Components components = openApi.getComponents();
        components.addSchemas("FieldError", new JsonSchema().typesItem("object")
                .description("A field that breaks its rule.")
                .addProperty("field", string("The field, e.g. `points[0].verdict` or a parameter's name."))
                .addProperty("message", string("What is wrong with it."))
                .required(List.of("field", "message")));
        components.addSchemas("Problem", new JsonSchema().typesItem("object")
                .description("An RFC 9457 problem: every error of the API takes this shape.")
                .addProperty("type", string("What kind of problem, e.g. `/problems/rule-violated`.")
                        .format("uri-reference"))
                .addProperty("title", string("The status's reason phrase."))
                .addProperty("status", new JsonSchema().typesItem("integer").format("int32")
                        .description("The HTTP status code."))
                .addProperty("detail", string("What went wrong, in words a person can act on."))
                .addProperty("instance", string("The request path.").format("uri-reference"))
                .addProperty("rule", string("For `/problems/rule-violated`: the rule's stable name, e.g. "
                        + "`feedback-requested-twice`."))
                .addProperty("errors", new JsonSchema().typesItem("array")
                        .description("For 400 and 422: each offending field.")
                        .items(new JsonSchema().$ref(REF + "schemas/FieldError")))
                .required(List.of("type", "title", "status", "detail")));
        components.addHeaders(RETRY_AFTER, new Header()
                .description("Seconds after which a retry may succeed.")
                .schema(new JsonSchema().typesItem("integer").minimum(BigDecimal.ONE)));
        components.addParameters(IDEMPOTENCY_KEY, new Parameter()
                .in("header")
                .name("Idempotency-Key")
                .required(false)
                .description("A new UUID per new request. A repeat with the same key and body gets the first answer "
                        + "again (with `Idempotent-Replayed: true`) and stores nothing new; the same key with "
                        + "another request is a 409. Keys belong to the caller and are kept for 24 hours.")
                .schema(new JsonSchema().typesItem("string").format("uuid"))
                .example("5f3c1e2a-8b4d-4f6e-9a7b-0c1d2e3f4a5b"));
        for (ErrorAnswer error : ErrorAnswer.values()) {
            MediaType problem = new MediaType().schema(new JsonSchema().$ref(REF + "schemas/Problem"));
            error.examples.forEach((name, value) -> problem.addExamples(name, new Example().value(value)));
            ApiResponse response = new ApiResponse().description(error.description)
                    .content(new Content().addMediaType(PROBLEM_JSON, problem));
            if (error.retryAfter) {
                response.addHeaderObject("Retry-After", new Header().$ref(REF + "headers/" + RETRY_AFTER));
            }
            components.addResponses(error.component, response);
        }
    }

    private static Schema<?> string(String description) {
        return new JsonSchema().typesItem("string").description(description);
    }

    private static Map<String, Map<String, Object>> conflictExamples() {
        Map<String, Map<String, Object>> examples = new LinkedHashMap<>();
        Map<String, Object> rule = problem(409, "rule-violated", "Feedback can be requested only after a "
                + "rejection; record the rejection first.", null);
        rule.put("rule", "feedback-before-rejection");
        examples.put("ruleViolated", rule);
        examples.put("concurrentChange", problem(409, "concurrent-change",
                "Someone changed or created this at the same moment; read it again and retry.", null));
        examples.put("idempotencyKeyReused", problem(409, "idempotency-key-reused", "This Idempotency-Key was "
                + "already used with a different request; send a new key for a new request.", null));
        return examples;
    }

    private static Map<String, Object> problem(int status, String kind, String detail,
                                               List<Map<String, String>> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "/problems/" + kind);
        problem.put("title", HttpStatus.valueOf(status).getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail);
        if (errors != null) {
            problem.put("errors", errors);
        }
        return problem;
    }
}
