package dev.rebound.web;

import java.util.UUID;

/**
 * An organization of a test's own in the shared application ({@link ReboundHttpTest}), created over HTTP by the
 * platform admin, with an org admin to act in it: for tests whose figures cover a whole organization (analytics, the
 * contact audit), which in the default organization would count every other test's candidates too.
 *
 * @param id    the organization's id
 * @param admin the org admin's client
 */
record NewOrganization(String id, ApiClient admin) {

    static NewOrganization create(int port, String name) {
        ApiClient platform = new ApiClient(port, ReboundHttpTest.TOKEN);
        String id = platform.accepted("/api/v1/organizations", "{\"name\": \"%s\"}".formatted(name))
                .get("organizationId").asString();
        String token = platform.accepted("/api/v1/organizations/" + id + "/members", """
                {"role": "ORG_ADMIN", "displayName": "Olga Admin", "email": "%s@example.org"}"""
                .formatted(UUID.randomUUID())).get("token").asString();
        return new NewOrganization(id, new ApiClient(port, token));
    }

    /** Registers a new candidate in this organization and answers their candidate id. */
    String candidate(String displayName) {
        return admin.accepted("/api/v1/organizations/" + id + "/members", """
                {"role": "CANDIDATE", "displayName": "%s", "email": "%s@example.org"}"""
                .formatted(displayName, UUID.randomUUID())).get("candidateId").asString();
    }
}
