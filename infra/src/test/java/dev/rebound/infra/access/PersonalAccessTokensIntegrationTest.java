package dev.rebound.infra.access;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.NotFound;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.IssuedToken;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.TokenHolder;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.organization.command.IssueToken;
import dev.rebound.api.organization.command.RevokeToken;
import dev.rebound.api.organization.query.AuthenticateToken;
import dev.rebound.infra.InfraTestApplication;
import dev.rebound.testsupport.PostgresDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Personal access tokens on PostgreSQL: issued once, stored hashed, authenticated, revoked. */
@SpringBootTest(classes = InfraTestApplication.class)
@PostgresDatabase
class PersonalAccessTokensIntegrationTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    JdbcClient jdbc;

    private final OrganizationId org = OrganizationId.random();
    private final MemberId member = MemberId.random();
    private final CandidateId candidate = CandidateId.random();

    private Optional<TokenHolder> authenticate(String token) {
        return queries.query(new AuthenticateToken(token), ResponseTypes.optionalInstanceOf(TokenHolder.class)).join();
    }

    private IssuedToken issue() {
        commands.sendAndWait(new CreateOrganization(org, "Bootcamp"));
        commands.sendAndWait(new AddMember(org, member, Role.CANDIDATE, "Ada", "ada@example.org", candidate));
        return commands.sendAndWait(new IssueToken(org, member, "laptop"));
    }

    @Test
    void anIssuedTokenNamesItsHolderAndIsStoredOnlyAsAHash() {
        IssuedToken issued = issue();

        assertThat(issued.token()).startsWith("rbt_").hasSizeGreaterThan(40);
        assertThat(authenticate(issued.token())).contains(new TokenHolder(issued.tokenId(), org, member,
                Role.CANDIDATE, candidate));
        String stored = jdbc.sql("SELECT row_to_json(t)::text FROM personal_access_token t WHERE token_id = ?")
                .param(issued.tokenId()).query(String.class).single();
        assertThat(stored).doesNotContain(issued.token()).doesNotContain(issued.token().substring(4));
        assertThat(jdbc.sql("SELECT last_used_at IS NOT NULL FROM personal_access_token WHERE token_id = ?")
                .param(issued.tokenId()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        IssuedToken issued = issue();

        commands.sendAndWait(new RevokeToken(org, member, issued.tokenId()));

        assertThat(authenticate(issued.token())).isEmpty();
        assertThatThrownBy(() -> commands.sendAndWait(new RevokeToken(org, member, issued.tokenId())))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void unknownTokensAndMembersAreNotFound() {
        assertThat(authenticate("rbt_" + UUID.randomUUID())).isEmpty();
        assertThat(authenticate("not-even-a-rebound-token")).isEmpty();
        assertThatThrownBy(() -> commands.sendAndWait(new IssueToken(OrganizationId.random(), MemberId.random(),
                null))).isInstanceOf(NotFound.class);
    }
}
