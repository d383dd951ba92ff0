package dev.rebound.web.security;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Requests and expectations the {@link ApiSliceTest}s share. */
public final class Slices {

    public static final String TOKEN = "slice-test-token";

    private Slices() {
    }

    /** A request with the caller's token and, when there is a body, {@code Content-Type: application/json}. */
    public static MockHttpServletRequestBuilder call(String method, String path, String body) {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).header("Authorization", "Bearer " + TOKEN);
        return body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** The same request without a token. */
    public static MockHttpServletRequestBuilder anonymous(String method, String path, String body) {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
        return body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** A problem-details answer with this status and {@code type} {@code /problems/<kind>}. */
    public static ResultMatcher problem(int status, String kind) {
        return all(
                status().is(status),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.status").value(status),
                jsonPath("$.type").value("/problems/" + kind),
                jsonPath("$.detail").isNotEmpty());
    }

    /** A 422 that names this field among its {@code errors[]}. */
    public static ResultMatcher invalidField(String field) {
        return all(problem(422, "invalid-request"),
                jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItem(field)));
    }

    /** A 400 for a malformed value, e.g. a path id that is not a UUID. */
    public static ResultMatcher malformedField(String field) {
        return all(problem(400, "malformed-request"),
                jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItem(field)));
    }

    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }
}
