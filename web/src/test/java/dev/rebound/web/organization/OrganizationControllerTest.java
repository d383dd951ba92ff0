package dev.rebound.web.organization;

import dev.rebound.web.security.ApiSliceTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static dev.rebound.web.security.Slices.call;
import static dev.rebound.web.security.Slices.invalidField;
import static org.mockito.Mockito.verifyNoInteractions;

/** Adding a member: the platform admin is a role that no member has. */
@ApiSliceTest
class OrganizationControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CommandGateway commands;

    @Test
    void noMemberIsAddedAsPlatformAdmin() throws Exception {
        mvc.perform(call("POST", "/api/v1/organizations/" + UUID.randomUUID() + "/members",
                        "{\"role\": \"PLATFORM_ADMIN\", \"displayName\": \"Mallory\", \"email\": \"m@example.org\"}"))
                .andExpect(invalidField("role"));
        verifyNoInteractions(commands);
    }
}
