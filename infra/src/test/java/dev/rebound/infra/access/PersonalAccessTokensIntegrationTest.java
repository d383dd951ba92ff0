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
import dev.rebound.domain.organization.EventSourcedOrganizations;
import dev.rebound.infra.InfraTestApplication;
import dev.rebound.infra.postgres.DatabaseNotices;
import dev.rebound.testsupport.PostgresDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Personal access tokens on PostgreSQL: issued once, stored hashed, authenticated without a write, revoked at once on
 * this node and, through LISTEN/NOTIFY, on another; their last use written in batches.
 */
@SpringBootTest(classes = InfraTestApplication.class)
@PostgresDatabase
class PersonalAccessTokensIntegrationTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Autowired
    EventSourcedOrganizations organizations;

    @Autowired
    VerifiedTokens verified;

    @Autowired
    TokenUses uses;

    private final OrganizationId org = OrganizationId.random();
    private final MemberId member = MemberId.random();
    private final CandidateId candidate = CandidateId.random();

    private Optional<TokenHolder> authenticate(String token) {
        return queries.query(new AuthenticateToken(token), ResponseTypes.optionalInstanceOf(TokenHolder.class)).join();
    }

    /** The row's version: any UPDATE, even one that changes nothing, gives it a new xmin. */
    private String rowVersion(UUID tokenId) {
        return jdbc.sql("SELECT xmin::text || '/' || ctid::text FROM personal_access_token WHERE token_id = ?")
                .param(tokenId).query(String.class).single();
    }

    private Instant lastUsed(UUID tokenId) {
        return jdbc.sql("SELECT last_used_at FROM personal_access_token WHERE token_id = ?").param(tokenId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))).single()
                .map(OffsetDateTime::toInstant).orElse(null);
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
    }

    @Test
    void checkingATokenWritesNothingAndItsLastUseIsWrittenByTheNextFlush() {
        IssuedToken issued = issue();
        String version = rowVersion(issued.tokenId());

        for (int request = 0; request < 50; request++) {
            assertThat(authenticate(issued.token())).map(TokenHolder::tokenId).contains(issued.tokenId());
        }

        assertThat(rowVersion(issued.tokenId())).as("no request wrote the row").isEqualTo(version);
        assertThat(lastUsed(issued.tokenId())).isNull();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(lastUsed(issued.tokenId())).isNotNull());
        Instant written = lastUsed(issued.tokenId());
        assertThat(written).isBetween(clock.instant().minus(Duration.ofMinutes(1)), clock.instant());

        uses.used(issued.tokenId(), written.minusSeconds(30)); // a late, older use never moves the time back
        uses.flush();
        assertThat(lastUsed(issued.tokenId())).isEqualTo(written);
    }

    @Test
    void aNodeThatStopsWritesTheUsesItStillHolds() {
        IssuedToken issued = issue();
        TokenUses stopping = new TokenUses(jdbc, Duration.ofHours(1));
        stopping.start();
        Instant at = Instant.parse("2026-12-03T12:00:00Z");

        stopping.used(issued.tokenId(), at.minusSeconds(5));
        stopping.used(issued.tokenId(), at);
        assertThat(lastUsed(issued.tokenId())).isNull();
        stopping.stop();

        assertThat(lastUsed(issued.tokenId())).isEqualTo(at);
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        IssuedToken issued = issue();
        assertThat(authenticate(issued.token())).isPresent(); // now remembered by this node

        commands.sendAndWait(new RevokeToken(org, member, issued.tokenId()));

        assertThat(authenticate(issued.token())).isEmpty();
        assertThatThrownBy(() -> commands.sendAndWait(new RevokeToken(org, member, issued.tokenId())))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void anotherNodeForgetsATokenRevokedElsewhereWhenTheNoticeArrives() throws Exception {
        IssuedToken issued = issue();
        VerifiedTokens otherCache = new VerifiedTokens(Duration.ofHours(1));
        TokenUses otherUses = new TokenUses(jdbc, Duration.ofHours(1));
        PersonalAccessTokens other = new PersonalAccessTokens(jdbc, organizations, clock, otherCache, otherUses);
        DatabaseNotices notices = new DatabaseNotices(dataSource, List.of(otherCache), Duration.ofSeconds(1));
        notices.start();
        try {
            assertThat(notices.awaitListening(Duration.ofSeconds(5))).isTrue();
            assertThat(other.handle(new AuthenticateToken(issued.token()))).isNotNull();
            assertThat(otherCache.size()).as("cached on the other node, for an hour").isEqualTo(1);

            commands.sendAndWait(new RevokeToken(org, member, issued.tokenId()));

            await().atMost(Duration.ofSeconds(3)).until(() -> other.handle(new AuthenticateToken(issued.token())) == null);
            assertThat(otherCache.size()).isZero();
        } finally {
            notices.stop();
        }
    }

    @Test
    void aLookUpThatOverlapsARevocationIsNotRemembered() {
        VerifiedTokens cache = new VerifiedTokens(Duration.ofHours(1));
        TokenHolder holder = new TokenHolder(UUID.randomUUID(), org, member, Role.CANDIDATE, candidate);
        byte[] hash = PersonalAccessTokens.hash("rbt_overlap");

        // the row was read as valid while the revocation committed: answered, but not kept
        assertThat(cache.holder(hash, h -> {
            cache.revoked(holder.tokenId());
            return holder;
        })).isEqualTo(holder);
        assertThat(cache.size()).isZero();
        assertThat(cache.holder(hash, h -> null)).as("asked again, the database decides").isNull();

        assertThat(cache.holder(hash, h -> holder)).isEqualTo(holder);
        assertThat(cache.holder(hash, h -> {
            throw new AssertionError("a fresh valid token is not looked up again");
        })).isEqualTo(holder);
        cache.missed();
        assertThat(cache.holder(hash, h -> null)).as("after missed notices nothing is trusted").isNull();
    }

    @Test
    void unknownTokensAndMembersAreNotFound() {
        assertThat(authenticate("rbt_" + UUID.randomUUID())).isEmpty();
        assertThat(authenticate("not-even-a-rebound-token")).isEmpty();
        assertThatThrownBy(() -> commands.sendAndWait(new IssueToken(OrganizationId.random(), MemberId.random(),
                null))).isInstanceOf(NotFound.class);
    }
}
