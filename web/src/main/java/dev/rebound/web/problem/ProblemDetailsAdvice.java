package dev.rebound.web.problem;

import dev.rebound.api.access.Forbidden;
import dev.rebound.api.common.NotFound;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.web.availability.Unavailable;
import dev.rebound.web.limits.BodyTooLarge;
import dev.rebound.web.query.ReadModelUnavailable;
import dev.rebound.api.access.AccessNotRecorded;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns every failure into a problem-details answer: 400 for what cannot be read, 422 for what breaks a field rule,
 * 404 for what does not exist (or is not the caller's), 409 for a broken domain rule or a concurrent change. Only a
 * fault of the server itself is a 500.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @ExceptionHandler
    ProblemDetail ruleViolated(RuleViolation violation) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "rule-violated", violation.getMessage());
        problem.setProperty("rule", violation.rule());
        return problem;
    }

    @ExceptionHandler({AggregateNotFoundException.class, NotFound.class})
    ProblemDetail notFound(RuntimeException notFound) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "No such resource, or it is not visible to you.");
    }

    /** The access policy's 403: the caller sees what the request is about, but may not do this with it. */
    @ExceptionHandler
    ProblemDetail forbidden(Forbidden forbidden) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", forbidden.getMessage());
    }

    /** Transient: {@code Retry-After} tells clients (and the Idempotency-Key store) that a retry may succeed. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> concurrentChange(Exception conflict) {
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(HttpStatus.CONFLICT, "concurrent-change",
                        "Someone changed or created this at the same moment; read it again and retry."));
    }

    /** Transient: the read model is busy or the server is stopping; {@code Retry-After} says when to ask again. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(ReadModelUnavailable unavailable) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", unavailable.getMessage()));
    }

    /** Transient: a read of a candidate's data that could not be recorded in the access audit is not served. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> accessNotRecorded(AccessNotRecorded notRecorded) {
        LOG.error("A read was refused: the access audit could not record it", notRecorded);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", notRecorded.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail badParameter(MethodArgumentTypeMismatchException mismatch) {
        String expected = mismatch.getRequiredType() == null ? "another type"
                : mismatch.getRequiredType().getSimpleName();
        return Problems.badParameter(mismatch.getName(), mismatch.getValue(), expected);
    }

    @ExceptionHandler
    ProblemDetail badArgument(IllegalArgumentException invalid) {
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", invalid.getMessage());
    }

    /**
     * Anything else: a database that cannot be reached is a 503 with {@code Retry-After} (see {@link Unavailable}),
     * only a fault of the server itself a 500.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        BodyTooLarge tooLarge = BodyTooLarge.in(failure);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(bodyTooLarge(tooLarge));
        }
        if (Unavailable.in(failure)) {
            LOG.warn("Answered 503: the database cannot be reached ({})", failure.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Unavailable.RETRY_AFTER_SECONDS))
                    .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", Unavailable.DETAIL));
        }
        LOG.error("Unexpected failure while serving a request", failure);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Something went wrong on our side; nothing you sent was stored unless you were told so."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Problems.FieldError> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new Problems.FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return unprocessable(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        // a body (@Valid) reports its fields; a path or query parameter reports itself
        List<Problems.FieldError> errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors body
                        ? body.getFieldErrors().stream().map(error -> new Problems.FieldError(error.getField(),
                                error.getDefaultMessage()))
                        : result.getResolvableErrors().stream().map(error -> new Problems.FieldError(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return unprocessable(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        BodyTooLarge tooLarge = BodyTooLarge.in(unreadable);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(bodyTooLarge(tooLarge));
        }
        Throwable cause = unreadable.getMostSpecificCause();
        DatabindException databind = firstDatabindException(unreadable);
        if (databind != null && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return ResponseEntity.unprocessableContent().body(Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT,
                    "The field '" + field + "' has a value of the wrong type or outside its allowed set.",
                    List.of(new Problems.FieldError(field, databind.getOriginalMessage()))));
        }
        String detail = cause instanceof JacksonException jackson
                ? "The body is not valid JSON: " + jackson.getOriginalMessage()
                : "The body is missing or cannot be read as JSON.";
        return ResponseEntity.badRequest().body(Problems.invalid(HttpStatus.BAD_REQUEST, detail, List.of()));
    }

    /** An unknown path is answered like an unknown id: nothing tells which paths might exist for others. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException unknown,
                                                                    HttpHeaders headers, HttpStatusCode status,
                                                                    WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, "not-found",
                "No such resource, or it is not visible to you."));
    }

    /**
     * Spring MVC's own problems (405, 406, 415 …) come with {@code type: about:blank}; they get a
     * {@code /problems/<kind>} type like every other problem of the API.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
            HttpStatus known = HttpStatus.resolve(status.value());
            problem.setType(URI.create("/problems/" + (known == null ? "http-" + status.value()
                    : known.name().toLowerCase(Locale.ROOT).replace('_', '-'))));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ProblemDetail bodyTooLarge(BodyTooLarge tooLarge) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", tooLarge.getMessage());
    }

    /** Jackson reports a value it could not bind (wrong type, unknown enum, bad date) as a databind failure. */
    private static DatabindException firstDatabindException(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof DatabindException databind) {
                return databind;
            }
        }
        return null;
    }

    private static ResponseEntity<Object> unprocessable(List<Problems.FieldError> errors) {
        String detail = errors.stream().map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; "));
        return ResponseEntity.unprocessableContent().body(Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT,
                "Some fields break their rules: " + detail + ".", errors));
    }
}
