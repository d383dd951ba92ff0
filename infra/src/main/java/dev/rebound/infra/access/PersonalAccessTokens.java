package dev.rebound.infra.access;

import dev.rebound.api.access.Caller;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.NotFound;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.CandidateTokens;
import dev.rebound.api.organization.IssuedToken;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.MemberRecord;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.TokenHolder;
import dev.rebound.api.organization.TokenRecord;
import dev.rebound.api.organization.command.IssueToken;
import dev.rebound.api.organization.command.RevokeToken;
import dev.rebound.api.organization.query.AuthenticateToken;
import dev.rebound.api.organization.query.FindCandidateTokens;
import dev.rebound.domain.organization.EventSourcedOrganizations;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

/**
 * Personal access tokens: random, shown once, stored as a SHA-256 hash, revocable, with the time they were last
 * used. A token carries its member's organization, role and candidate record as they were when it was issued, and who
 * issued it; a candidate lists every token of theirs ({@link FindCandidateTokens}).
 *
 * <p>Checking a token writes nothing: a valid token is remembered for a few seconds by its hash
 * ({@link VerifiedTokens}, which forgets it at once when it is revoked on any node), otherwise one indexed
 * {@code SELECT} by hash decides; the time of use is noted in memory and written in batches off the request thread
 * ({@link TokenUses}), so "last used" lags by the flush interval at most.
 */
public class PersonalAccessTokens {

    /** Marks Rebound tokens, so that secret scanners and people recognise one that leaked. */
    static final String PREFIX = "rbt_";
    private final JdbcClient jdbc;
    private final EventSourcedOrganizations organizations;
    private final Clock clock;
    private final VerifiedTokens verified;
    private final TokenUses uses;
    private final SecureRandom random = new SecureRandom();

    public PersonalAccessTokens(JdbcClient jdbc, EventSourcedOrganizations organizations, Clock clock,
                                VerifiedTokens verified, TokenUses uses) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.clock = clock;
        this.verified = verified;
        this.uses = uses;
    }

    /** Whether any token was ever issued for this member (revoked ones included). */
    public boolean hasAny(MemberId member) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM personal_access_token WHERE member_id = ?)")
                .param(member.value()).query(Boolean.class).single();
    }

    @CommandHandler
    public IssuedToken handle(IssueToken command) {
        MemberRecord member = organizations.member(command.organizationId(), command.memberId())
                .orElseThrow(() -> new NotFound("No member " + command.memberId()));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID tokenId = UUID.randomUUID();
        Caller issuer = command.issuedBy();
        jdbc.sql("""
                        INSERT INTO personal_access_token (token_id, token_hash, organization_id, member_id, role,
                                                           candidate_id, name, created_at, issued_by_member_id,
                                                           issued_by_role)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tokenId, hash(token), member.organizationId().value(), member.memberId().value(),
                        member.role().name(), member.candidateId() == null ? null : member.candidateId().value(),
                        command.name(), utc(clock.instant()),
                        issuer == null || issuer.memberId() == null ? null : issuer.memberId().value(),
                        issuer == null ? null : issuer.role().name())
                .update();
        return new IssuedToken(tokenId, token);
    }

    @CommandHandler
    public void handle(RevokeToken command) {
        int revoked = jdbc.sql("""
                        UPDATE personal_access_token SET revoked_at = ?
                        WHERE token_id = ? AND organization_id = ? AND member_id = ? AND revoked_at IS NULL""")
                .params(utc(clock.instant()), command.tokenId(), command.organizationId().value(),
                        command.memberId().value())
                .update();
        if (revoked == 0) {
            throw new NotFound("No active token " + command.tokenId());
        }
        // this node forgets the token now and once the revocation commits; every node when the notice arrives
        verified.revoked(command.tokenId());
        jdbc.sql("SELECT pg_notify('" + VerifiedTokens.CHANNEL + "', :token)")
                .param("token", command.tokenId().toString())
                .query((rs, n) -> true).list();
    }

    /** Every token of the candidate's member, revoked ones too, newest first; never a secret or a hash. */
    @QueryHandler
    public CandidateTokens handle(FindCandidateTokens query) {
        return new CandidateTokens(jdbc.sql("""
                        SELECT token_id, name, created_at, issued_by_member_id, issued_by_role, last_used_at,
                               revoked_at
                        FROM personal_access_token
                        WHERE organization_id = ? AND candidate_id = ?
                        ORDER BY created_at DESC, token_id""")
                .params(query.organizationId().value(), query.candidateId().value())
                .query((row, number) -> {
                    UUID issuer = row.getObject("issued_by_member_id", UUID.class);
                    String issuerRole = row.getString("issued_by_role");
                    return new TokenRecord(row.getObject("token_id", UUID.class), row.getString("name"),
                            instant(row.getObject("created_at", OffsetDateTime.class)),
                            issuer == null ? null : MemberId.of(issuer),
                            issuerRole == null ? null : Role.valueOf(issuerRole),
                            instant(row.getObject("last_used_at", OffsetDateTime.class)),
                            instant(row.getObject("revoked_at", OffsetDateTime.class)));
                })
                .list());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /**
     * The holder of a valid token, or null: an unknown and a revoked token look the same. Reads only (from this
     * node's cache of valid tokens, or one {@code SELECT} by hash); the use is written later, in a batch.
     */
    @QueryHandler
    public TokenHolder handle(AuthenticateToken query) {
        if (query.token() == null || !query.token().startsWith(PREFIX)) {
            return null;
        }
        TokenHolder holder = verified.holder(hash(query.token()), this::holder);
        if (holder != null) {
            uses.used(holder.tokenId(), clock.instant());
        }
        return holder;
    }

    private TokenHolder holder(byte[] hash) {
        return jdbc.sql("""
                        SELECT token_id, organization_id, member_id, role, candidate_id
                        FROM personal_access_token
                        WHERE token_hash = :hash AND revoked_at IS NULL""")
                .param("hash", hash)
                .query((row, number) -> {
                    UUID candidate = row.getObject("candidate_id", UUID.class);
                    return new TokenHolder(row.getObject("token_id", UUID.class),
                            OrganizationId.of(row.getObject("organization_id", UUID.class)),
                            MemberId.of(row.getObject("member_id", UUID.class)), Role.valueOf(row.getString("role")),
                            candidate == null ? null : CandidateId.of(candidate));
                })
                .optional().orElse(null);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
