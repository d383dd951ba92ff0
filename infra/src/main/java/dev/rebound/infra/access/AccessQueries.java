package dev.rebound.infra.access;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.CandidateAccess;
import dev.rebound.api.organization.CoachCandidate;
import dev.rebound.api.organization.CoachCandidates;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.MemberRecord;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.event.CandidateRegistered;
import dev.rebound.api.organization.query.FindApplicationCandidate;
import dev.rebound.api.organization.query.FindCandidateAccess;
import dev.rebound.api.organization.query.FindCandidateOrganization;
import dev.rebound.api.organization.query.FindCoachCandidates;
import dev.rebound.api.organization.query.FindMemberByEmail;
import dev.rebound.api.privacy.PersonalData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Access decisions from the access read model ({@code access_*} tables): each one indexed lookup. The model is kept
 * by {@link AccessModelProjection} on a subscribing processor, in the transaction of the command that changed it, so
 * a coach assigned or a consent revoked counts from the moment its command returns; {@link AccessModelRebuild}
 * builds it from the event store when it was not built by the current version.
 *
 * <p>Answers the access queries of {@code api.organization.query}, and offers the same answers as plain methods
 * ({@link #candidate}, {@link #application}, {@link #member}) for code in this module that decides access itself.
 * Reads join the caller's transaction when there is one, so a check inside a command sees what that command wrote.
 *
 * <p>The model holds no personal data; the one personal value answered here, a candidate's display name for their
 * coach, is read from the candidate's {@code CandidateRegistered} in the event store, where it is encrypted and reads
 * as {@code [erased]} once the candidate is erased.
 */
public class AccessQueries {

    private final JdbcClient jdbc;
    private final EventSchema eventSchema;
    private final Serializer serializer;
    private final Supplier<EventUpcaster> upcasterChain;

    public AccessQueries(JdbcClient jdbc, EventSchema eventSchema, Serializer serializer,
                         Supplier<EventUpcaster> upcasterChain) {
        this.jdbc = jdbc;
        this.eventSchema = eventSchema;
        this.serializer = serializer;
        this.upcasterChain = upcasterChain;
    }

    /** The candidate record and who may see it besides the organization's admins; empty when there is none. */
    public Optional<CandidateAccess> candidate(CandidateId candidateId) {
        return jdbc.sql("""
                        SELECT c.candidate_id, c.organization_id, c.member_id, c.coach_access,
                               array_remove(array_agg(a.coach_member_id), NULL) AS coaches
                        FROM access_candidate c
                        LEFT JOIN access_coach_assignment a ON a.candidate_id = c.candidate_id
                        WHERE c.candidate_id = ?
                        GROUP BY c.candidate_id""")
                .param(candidateId.value())
                .query((rs, row) -> new CandidateAccess(CandidateId.of(uuid(rs, "candidate_id")),
                        OrganizationId.of(uuid(rs, "organization_id")), MemberId.of(uuid(rs, "member_id")),
                        memberIds(rs.getArray("coaches")), rs.getBoolean("coach_access")))
                .optional();
    }

    /** Whose application this is, whatever the organization; empty for an id no application has. */
    public Optional<ApplicationOwner> application(ApplicationId applicationId) {
        return jdbc.sql("SELECT organization_id, candidate_id FROM access_application WHERE application_id = ?")
                .param(applicationId.value())
                .query((rs, row) -> new ApplicationOwner(applicationId, CandidateId.of(uuid(rs, "candidate_id")),
                        OrganizationId.of(uuid(rs, "organization_id"))))
                .optional();
    }

    /** The organization's member with this id: role, and candidate record for candidates. */
    public Optional<MemberRecord> member(OrganizationId organizationId, MemberId memberId) {
        return jdbc.sql("""
                        SELECT organization_id, member_id, role, candidate_id FROM access_member
                        WHERE organization_id = ? AND member_id = ?""")
                .params(organizationId.value(), memberId.value())
                .query((rs, row) -> memberRecord(rs))
                .optional();
    }

    /*
     * The three look-ups below serve the access policy, which asks this bean directly: no one may send them over the
     * query bus (their rule is SystemOnly and no system actor lists them), so they are no query handlers.
     */

    /** Who may see the candidate, if the record is in the organization asked about. */
    public CandidateAccess handle(FindCandidateAccess query) {
        return candidate(query.candidateId())
                .filter(access -> access.organizationId().equals(query.organizationId()))
                .orElse(null);
    }

    /** The candidate record names its organization. */
    public OrganizationId handle(FindCandidateOrganization query) {
        return jdbc.sql("SELECT organization_id FROM access_candidate WHERE candidate_id = ?")
                .param(query.candidateId().value())
                .query((rs, row) -> OrganizationId.of(uuid(rs, "organization_id")))
                .optional().orElse(null);
    }

    /** Whose application this is, if it is in the organization asked about. */
    public CandidateId handle(FindApplicationCandidate query) {
        return application(query.applicationId())
                .filter(owner -> owner.organizationId().equals(query.organizationId()))
                .map(ApplicationOwner::candidateId)
                .orElse(null);
    }

    /**
     * The member with this e-mail address, by its lookup key ({@link AccessModelProjection#emailKey}: stripped and
     * lower-cased, as the organization keeps every address at most once). An erased candidate is found no more.
     */
    @QueryHandler
    public MemberRecord handle(FindMemberByEmail query) {
        String key = AccessModelProjection.emailKey(query.email());
        if (key == null) {
            return null;
        }
        return jdbc.sql("""
                        SELECT organization_id, member_id, role, candidate_id FROM access_member
                        WHERE organization_id = ? AND email_key = ?
                        ORDER BY added_sequence LIMIT 1""")
                .params(query.organizationId().value(), key)
                .query((rs, row) -> memberRecord(rs))
                .optional().orElse(null);
    }

    /**
     * The organization's candidates whom this coach is assigned to, in the order they were added as members, each
     * with its consent as of now. Their names come from their registrations in the event store, in one query.
     */
    @QueryHandler
    public CoachCandidates handle(FindCoachCandidates query) {
        record Assigned(CandidateId candidateId, boolean accessGranted, String registrationEventId) {
        }
        List<Assigned> assigned = jdbc.sql("""
                        SELECT c.candidate_id, c.coach_access, c.registration_event_id
                        FROM access_coach_assignment a
                        JOIN access_candidate c ON c.candidate_id = a.candidate_id
                        JOIN access_member m ON m.organization_id = c.organization_id
                                            AND m.candidate_id = c.candidate_id
                        WHERE a.organization_id = ? AND a.coach_member_id = ? AND c.organization_id = ?
                        ORDER BY m.added_sequence, c.candidate_id""")
                .params(query.organizationId().value(), query.coachMemberId().value(),
                        query.organizationId().value())
                .query((rs, row) -> new Assigned(CandidateId.of(uuid(rs, "candidate_id")),
                        rs.getBoolean("coach_access"), rs.getString("registration_event_id")))
                .list();
        Map<String, String> names = displayNames(assigned.stream().map(Assigned::registrationEventId).toList());
        List<CoachCandidate> candidates = new ArrayList<>(assigned.size());
        for (Assigned candidate : assigned) {
            candidates.add(new CoachCandidate(candidate.candidateId(),
                    names.getOrDefault(candidate.registrationEventId(), PersonalData.ERASED),
                    candidate.accessGranted()));
        }
        return new CoachCandidates(candidates);
    }

    /**
     * Display names by registration event id, read (upcast, decrypted) from the event store by the events' ids:
     * {@code [erased]} for an erased candidate.
     */
    private Map<String, String> displayNames(List<String> registrationEventIds) {
        if (registrationEventIds.isEmpty()) {
            return Map.of();
        }
        EventSchema s = eventSchema;
        List<GenericDomainEventEntry<byte[]>> entries = jdbc.sql("SELECT " + String.join(", ", s.eventIdentifierColumn(),
                        s.aggregateIdentifierColumn(), s.sequenceNumberColumn(), s.typeColumn(), s.timestampColumn(),
                        s.payloadTypeColumn(), s.payloadRevisionColumn(), s.payloadColumn(), s.metaDataColumn())
                        + " FROM " + s.domainEventTable() + " WHERE " + s.eventIdentifierColumn() + " = ANY (?)")
                .param(registrationEventIds.toArray(String[]::new))
                .query((rs, row) -> new GenericDomainEventEntry<>(
                        rs.getString(s.typeColumn()), rs.getString(s.aggregateIdentifierColumn()),
                        rs.getLong(s.sequenceNumberColumn()), rs.getString(s.eventIdentifierColumn()),
                        rs.getString(s.timestampColumn()), rs.getString(s.payloadTypeColumn()),
                        rs.getString(s.payloadRevisionColumn()), rs.getBytes(s.payloadColumn()),
                        rs.getBytes(s.metaDataColumn())))
                .list();
        Map<String, String> names = new HashMap<>();
        EventStreamUtils.asStream(EventStreamUtils.upcastAndDeserializeDomainEvents(entries.stream(), serializer,
                        upcasterChain.get()))
                .forEach(event -> {
                    if (event.getPayload() instanceof CandidateRegistered registered) {
                        names.put(event.getIdentifier(), registered.displayName());
                    }
                });
        return names;
    }

    private static MemberRecord memberRecord(ResultSet rs) throws SQLException {
        UUID candidate = rs.getObject("candidate_id", UUID.class);
        return new MemberRecord(OrganizationId.of(uuid(rs, "organization_id")), MemberId.of(uuid(rs, "member_id")),
                Role.valueOf(rs.getString("role")), candidate == null ? null : CandidateId.of(candidate));
    }

    private static Set<MemberId> memberIds(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return Arrays.stream((Object[]) array.getArray())
                .map(value -> MemberId.of((UUID) value))
                .collect(Collectors.toSet());
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
