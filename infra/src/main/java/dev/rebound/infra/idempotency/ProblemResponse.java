package dev.rebound.infra.idempotency;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's RFC 9457 problem details, written by hand because this filter answers before Spring MVC and lives
 * outside the web module: the same fields as the web module's problems ({@code type} {@code /problems/<kind>},
 * {@code title} the status's reason phrase, {@code status}, {@code detail}, and {@code errors[]} for a field).
 */
final class ProblemResponse {

    private ProblemResponse() {
    }

    static void write(HttpServletResponse response, HttpStatus status, String kind, String detail)
            throws IOException {
        write(response, status, kind, detail, null);
    }

    /** A problem with one offending field, as the web module reports a malformed value. */
    static void write(HttpServletResponse response, HttpStatus status, String kind, String detail,
                      String field, String message) throws IOException {
        write(response, status, kind, detail, List.of(new FieldError(field, message)));
    }

    private static void write(HttpServletResponse response, HttpStatus status, String kind, String detail,
                              List<FieldError> errors) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "/problems/" + kind);
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (errors != null) {
            problem.put("errors", errors);
        }
        byte[] body = JsonMapper.shared().writeValueAsBytes(problem);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    record FieldError(String field, String message) {
    }
}
