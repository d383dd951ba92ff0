package dev.rebound.infra.access;

import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.organization.event.CandidateRegistered;
import dev.rebound.api.organization.event.CoachAccessGranted;
import dev.rebound.api.organization.event.CoachAccessRevoked;
import dev.rebound.api.organization.event.CoachAssigned;
import dev.rebound.api.organization.event.MemberAdded;
import dev.rebound.api.organization.event.PersonalDataErased;
import dev.rebound.api.privacy.PersonalData;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * Keeps the access read model ({@code access_*} tables, read by {@link AccessQueries}) from the events that decide
 * access: members, candidate records, coach assignments, consents, applications, erasures.
 *
 * <p>Its processing group runs on a <em>subscribing</em> event processor: the handlers run in the unit of work and
 * database transaction of the command that applied the event, so a coach assigned or a consent revoked is in the model
 * the moment the command returns, and a handler that fails fails the command (nothing half-written). A subscribing
 * processor cannot replay; {@link AccessModelRebuild} rebuilds the tables from the event store with these same
 * handlers when the model was built by an older version.
 *
 * <p>Every write is idempotent (upserts keyed by ids), so a rebuild over rows already there gives the same rows. Each
 * handler first takes the model's advisory lock in shared mode for its transaction; a rebuild holds it exclusively,
 * so a command cannot write beside a rebuild, and a rebuild waits for the commands that wrote before it.
 *
 * <p>No personal data: ids, roles and flags, and of a member's e-mail address only a SHA-256 lookup key, which the
 * candidate's erasure clears. Display names stay in the (encrypted) event store.
 */
@ProcessingGroup(AccessModelProjection.NAME)
public class AccessModelProjection {

    /** The processing group, and the name of its subscribing processor. */
    public static final String NAME = "access-model";

    /** {@code pg_advisory_xact_lock} key of the access model ("RBACCESS"). */
    static final long LOCK_KEY = 0x5242414343455353L;

    /** Bound to a transaction that holds the lock exclusively (a rebuild), so its handlers need not ask again. */
    static final Object EXCLUSIVE_LOCK_HELD = new Object();

    private final JdbcClient jdbc;

    public AccessModelProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MemberAdded event, @SequenceNumber long sequence) {
        lockShared();
        jdbc.sql("""
                        INSERT INTO access_member (organization_id, member_id, role, candidate_id, email_key,
                                                   added_sequence)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (organization_id, member_id) DO UPDATE
                        SET role = excluded.role, candidate_id = excluded.candidate_id,
                            email_key = excluded.email_key, added_sequence = excluded.added_sequence""")
                .params(event.organizationId().value(), event.memberId().value(), event.role().name(),
                        event.candidateId() == null ? null : event.candidateId().value(), emailKey(event.email()),
                        sequence)
                .update();
    }

    @EventHandler
    void on(CandidateRegistered event, @MessageIdentifier String eventId) {
        lockShared();
        jdbc.sql("""
                        INSERT INTO access_candidate (candidate_id, organization_id, member_id, registration_event_id)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (candidate_id) DO UPDATE
                        SET organization_id = excluded.organization_id, member_id = excluded.member_id,
                            registration_event_id = excluded.registration_event_id""")
                .params(event.candidateId().value(), event.organizationId().value(), event.memberId().value(),
                        eventId)
                .update();
    }

    @EventHandler
    void on(CoachAssigned event) {
        lockShared();
        jdbc.sql("""
                        INSERT INTO access_coach_assignment (candidate_id, coach_member_id, organization_id)
                        VALUES (?, ?, ?)
                        ON CONFLICT (candidate_id, coach_member_id) DO NOTHING""")
                .params(event.candidateId().value(), event.coachMemberId().value(), event.organizationId().value())
                .update();
    }

    @EventHandler
    void on(CoachAccessGranted event) {
        lockShared();
        setCoachAccess(event.candidateId().value(), true);
    }

    @EventHandler
    void on(CoachAccessRevoked event) {
        lockShared();
        setCoachAccess(event.candidateId().value(), false);
    }

    private void setCoachAccess(UUID candidateId, boolean granted) {
        jdbc.sql("UPDATE access_candidate SET coach_access = ? WHERE candidate_id = ?")
                .params(granted, candidateId)
                .update();
    }

    @EventHandler
    void on(ApplicationTracked event) {
        lockShared();
        jdbc.sql("""
                        INSERT INTO access_application (application_id, organization_id, candidate_id)
                        VALUES (?, ?, ?)
                        ON CONFLICT (application_id) DO NOTHING""")
                .params(event.applicationId().value(), event.organizationId().value(), event.candidateId().value())
                .update();
    }

    /**
     * The candidate's e-mail address is personal data, and so is its lookup key: cleared, so that the erased member
     * is no longer found by the address (their {@code MemberAdded} reads as {@code [erased]} from now on, so a
     * rebuild gives no key either).
     */
    @EventHandler
    void on(PersonalDataErased event) {
        lockShared();
        jdbc.sql("UPDATE access_member SET email_key = NULL WHERE candidate_id = ?")
                .param(event.candidateId().value())
                .update();
    }

    /**
     * The lookup key of an e-mail address: lower-case hex SHA-256 of the stripped, lower-cased address; none for a
     * missing or erased one.
     */
    public static String emailKey(String email) {
        if (email == null || email.isBlank() || PersonalData.ERASED.equals(email)) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** Waits while a rebuild runs; held until this transaction ends. */
    private void lockShared() {
        if (TransactionSynchronizationManager.hasResource(EXCLUSIVE_LOCK_HELD)) {
            return;
        }
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock_shared(?)").param(LOCK_KEY).query(Integer.class).single();
    }
}
