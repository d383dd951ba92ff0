package dev.rebound.web.problem;

import dev.rebound.web.security.ApiSliceTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static dev.rebound.web.security.Slices.anonymous;
import static dev.rebound.web.security.Slices.call;
import static dev.rebound.web.security.Slices.problem;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * What Spring MVC itself refuses is a problem too, never a 500 and never an HTML page: a wrong media type, a wrong
 * method, a missing body, an unknown path, a body over the limit.
 */
@ApiSliceTest
class HttpErrorsSliceTest {

    private static final String APPLICATIONS = "/api/v1/candidates/3f0b6c1e-8d2a-4c47-9a7e-2a51c8e0d001/applications";

    @Autowired
    MockMvc mvc;

    @Autowired
    CommandGateway commands;

    @Test
    void bodyThatIsNotJsonIsAnUnsupportedMediaType() throws Exception {
        mvc.perform(call("POST", APPLICATIONS, null).contentType(MediaType.TEXT_PLAIN).content("Acme, Analyst"))
                .andExpect(problem(415, "unsupported-media-type"));
    }

    @Test
    void wrongMethodIsNotAllowed() throws Exception {
        mvc.perform(call("DELETE", APPLICATIONS, null)).andExpect(problem(405, "method-not-allowed"));
    }

    @Test
    void missingBodyIsABadRequest() throws Exception {
        mvc.perform(call("POST", APPLICATIONS, null).contentType(MediaType.APPLICATION_JSON))
                .andExpect(problem(400, "malformed-request"));
    }

    @Test
    void unknownPathIsNotFound() throws Exception {
        mvc.perform(call("GET", "/api/v1/candidates/3f0b6c1e-8d2a-4c47-9a7e-2a51c8e0d001/horoscope", null))
                .andExpect(problem(404, "not-found"));
    }

    @Test
    void unacceptableAnswerTypeIsNotAcceptable() throws Exception {
        mvc.perform(call("GET", "/api/v1/catalogue/weaknesses", null).accept(MediaType.APPLICATION_PDF))
                .andExpect(problem(406, "not-acceptable"));
    }

    @Test
    void bodyOverTheLimitIsContentTooLargeEvenBeforeTheToken() throws Exception {
        String huge = "{\"employerName\": \"" + "x".repeat(1024 * 1024) + "\", \"roleTitle\": \"Analyst\"}";

        mvc.perform(call("POST", APPLICATIONS, huge)).andExpect(problem(413, "body-too-large"));
        mvc.perform(anonymous("POST", APPLICATIONS, huge)).andExpect(problem(413, "body-too-large"));
        verifyNoInteractions(commands);
    }
}
