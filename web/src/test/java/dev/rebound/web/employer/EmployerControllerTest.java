package dev.rebound.web.employer;

import dev.rebound.api.common.RuleViolation;
import dev.rebound.api.employer.command.LogEmployerContact;
import dev.rebound.web.security.ApiSliceTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static dev.rebound.web.security.Slices.anonymous;
import static dev.rebound.web.security.Slices.call;
import static dev.rebound.web.security.Slices.invalidField;
import static dev.rebound.web.security.Slices.malformedField;
import static dev.rebound.web.security.Slices.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The error answers of employer contacts and do-not-contact. */
@ApiSliceTest
class EmployerControllerTest {

    private static final String CANDIDATE = "/api/v1/candidates/" + UUID.randomUUID();
    private static final String CONTACT = """
            {"employerId": "2b1f6a3e-5d4c-4e8f-9a7b-1c2d3e4f5a6b", "contactedAt": "2026-03-04T09:00:00Z",
             "direction": "OUTBOUND", "channel": "EMAIL", "purpose": "THANK_YOU"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    CommandGateway commands;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            POST | /employer-contacts
            PUT  | /employers/2b1f6a3e-5d4c-4e8f-9a7b-1c2d3e4f5a6b/do-not-contact
            """)
    void malformedJsonIsABadRequest(String method, String path) throws Exception {
        mvc.perform(call(method, CANDIDATE + path, "{\"doNotContact\": tru")).andExpect(problem(400, "malformed-request"));
        verifyNoInteractions(commands);
    }

    @Test
    void employerIdThatIsNotAUuidIsABadRequest() throws Exception {
        mvc.perform(call("PUT", CANDIDATE + "/employers/acme/do-not-contact", "{\"doNotContact\": true}"))
                .andExpect(malformedField("employerId"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            POST | /employer-contacts | {"contactedAt": "2026-03-04T09:00:00Z", "direction": "OUTBOUND", "channel": "EMAIL", "purpose": "THANK_YOU"} | employerId
            POST | /employer-contacts | {"employerId": "2b1f6a3e-5d4c-4e8f-9a7b-1c2d3e4f5a6b", "contactedAt": "2026-03-04T09:00:00Z", "direction": "OUTBOUND", "channel": "EMAIL", "purpose": "BRIBE"} | purpose
            POST | /employer-contacts | {"employerId": "2b1f6a3e-5d4c-4e8f-9a7b-1c2d3e4f5a6b", "contactedAt": "2026-03-04T09:00:00Z", "direction": "SIDEWAYS", "channel": "EMAIL", "purpose": "OTHER"} | direction
            PUT  | /employers/2b1f6a3e-5d4c-4e8f-9a7b-1c2d3e4f5a6b/do-not-contact | {"reason": "no flag"} | doNotContact
            PUT  | /employers/2b1f6a3e-5d4c-4e8f-9a7b-1c2d3e4f5a6b/do-not-contact | {"doNotContact": "maybe"} | doNotContact
            """)
    void missingFieldsUnknownEnumsAndWrongTypesAreUnprocessable(String method, String path, String body,
                                                                 String field) throws Exception {
        mvc.perform(call(method, CANDIDATE + path, body)).andExpect(invalidField(field));
        verifyNoInteractions(commands);
    }

    @Test
    void contactToADoNotContactEmployerIsAConflict() throws Exception {
        given(commands.sendAndWait(any(LogEmployerContact.class))).willThrow(new RuleViolation("do-not-contact",
                "This employer is marked do-not-contact; lift it first if they asked you to get in touch."));

        mvc.perform(call("POST", CANDIDATE + "/employer-contacts", CONTACT))
                .andExpect(problem(409, "rule-violated"))
                .andExpect(jsonPath("$.rule").value("do-not-contact"));
    }

    @Test
    void withoutATokenNothingIsSent() throws Exception {
        mvc.perform(anonymous("POST", CANDIDATE + "/employer-contacts", CONTACT))
                .andExpect(problem(401, "unauthenticated"));
        verifyNoInteractions(commands);
    }
}
