package dev.rebound.web.problem;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/** RFC 9457 problem details, the one shape every error of the API takes. */
@Component
public class Problems {

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    /** A problem whose {@code type} names its kind, e.g. {@code /problems/rule-violated}. */
    public static ProblemDetail of(HttpStatus status, String kind, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + kind));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    /** A validation problem listing each offending field. */
    public static ProblemDetail invalid(HttpStatus status, String detail, List<FieldError> errors) {
        ProblemDetail problem = of(status, status == HttpStatus.BAD_REQUEST ? "malformed-request" : "invalid-request",
                detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A 400 for a request parameter or path variable whose value is not of its type, naming it. */
    public static ProblemDetail badParameter(String name, Object value, String expectedType) {
        return invalid(HttpStatus.BAD_REQUEST, "'" + value + "' is not a valid value for " + name + ".",
                List.of(new FieldError(name, "must be a valid " + expectedType)));
    }

    /** For filters, which answer before Spring MVC's exception handling. */
    public void write(HttpServletResponse response, HttpStatus status, String kind, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), of(status, kind, detail));
    }

    public record FieldError(String field, String message) {
    }
}
