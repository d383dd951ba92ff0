package dev.rebound.infra.access;

import dev.rebound.api.access.command.RecordDataAccess;
import dev.rebound.api.access.query.AccessLogEntry;
import dev.rebound.api.access.query.AccessLogPage;
import dev.rebound.api.access.query.FindAccessLog;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import dev.rebound.api.access.Sender;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The access audit: who read which candidate's data, when. An append-only table, not events: it records reads, which
 * change no aggregate, and it must hold nothing that a candidate's erasure would have to reach. Written by the access policy
 * ({@link MessageAccessPolicy} records a read once its query has answered, and fails the read if this fails).
 */
public class DataAccessLog {

    /** A method and an endpoint template: ids are placeholders, so no value of a request ends up in the log. */
    static final Pattern RESOURCE = Pattern.compile("[A-Z]+ /[A-Za-z0-9/{}._-]*");

    private final JdbcClient jdbc;
    private final Clock clock;

    public DataAccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A page recorded its own read (a coach's list of candidates): the sender is the reader. */
    @CommandHandler
    public void handle(RecordDataAccess command, @MetaDataValue(Sender.SUBJECT) String subject,
                       @MetaDataValue(Sender.REQUEST) String request) {
        record(command, subject, request == null ? null : UUID.fromString(request));
    }

    /**
     * Records a read: one row per candidate, with the reader's subject (a JWT's {@code sub}, a token's member). A
     * request that reads a candidate's data with several queries (a page of the UI) is recorded once per candidate.
     */
    public void record(RecordDataAccess command, String subject, UUID request) {
        if (!RESOURCE.matcher(command.resource()).matches()) {
            throw new IllegalArgumentException("Not an endpoint template: " + command.resource());
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        for (CandidateId candidate : command.candidateIds()) {
            jdbc.sql("""
                            INSERT INTO data_access_log (organization_id, candidate_id, reader_member_id, reader_role,
                                                         resource, read_at, reader_subject, request_id)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (request_id, candidate_id) WHERE request_id IS NOT NULL DO NOTHING""")
                    .params(command.organizationId().value(), candidate.value(),
                            command.readerMemberId() == null ? null : command.readerMemberId().value(),
                            command.readerRole().name(), command.resource(), now, subject, request)
                    .update();
        }
    }

    @QueryHandler
    public AccessLogPage handle(FindAccessLog query) {
        List<String> conditions = new ArrayList<>(List.of("organization_id = :org"));
        Map<String, Object> params = new HashMap<>();
        params.put("org", query.organizationId().value());
        if (query.candidateId() != null) {
            conditions.add("candidate_id = :candidate");
            params.put("candidate", query.candidateId().value());
        }
        if (query.from() != null) {
            conditions.add("read_at >= :from");
            params.put("from", utc(query.from()));
        }
        if (query.to() != null) {
            conditions.add("read_at < :to");
            params.put("to", utc(query.to()));
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM data_access_log" + where).params(params)
                .query(Long.class).single();
        List<AccessLogEntry> items = jdbc.sql("SELECT read_at, reader_member_id, reader_role, candidate_id, resource, reader_subject"
                        + " FROM data_access_log" + where
                        + " ORDER BY read_at DESC, access_id DESC LIMIT :size OFFSET :offset")
                .params(params)
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((row, number) -> {
                    UUID reader = row.getObject("reader_member_id", UUID.class);
                    return new AccessLogEntry(row.getObject("read_at", OffsetDateTime.class).toInstant(),
                            reader == null ? null : MemberId.of(reader),
                            Role.valueOf(row.getString("reader_role")),
                            CandidateId.of(row.getObject("candidate_id", UUID.class)), row.getString("resource"),
                            row.getString("reader_subject"));
                })
                .list();
        return new AccessLogPage(items, query.page(), query.size(), total);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
