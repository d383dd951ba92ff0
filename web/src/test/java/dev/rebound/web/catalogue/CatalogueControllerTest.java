package dev.rebound.web.catalogue;

import dev.rebound.web.security.ApiSliceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static dev.rebound.web.security.Slices.anonymous;
import static dev.rebound.web.security.Slices.call;
import static dev.rebound.web.security.Slices.problem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The catalogue: readable with a token only, and read-only. */
@ApiSliceTest
class CatalogueControllerTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/catalogue/weaknesses", "/api/v1/catalogue/feedback-questions"})
    void listsItsKeys(String path) throws Exception {
        mvc.perform(call("GET", path, null)).andExpect(status().isOk()).andExpect(jsonPath("$.items[0].key").exists());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/catalogue/weaknesses", "/api/v1/catalogue/feedback-questions"})
    void needsAToken(String path) throws Exception {
        mvc.perform(anonymous("GET", path, null)).andExpect(problem(401, "unauthenticated"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE"})
    void cannotBeChanged(String method) throws Exception {
        mvc.perform(call(method, "/api/v1/catalogue/weaknesses", method.equals("DELETE") ? null : "{}"))
                .andExpect(problem(405, "method-not-allowed"));
    }
}
