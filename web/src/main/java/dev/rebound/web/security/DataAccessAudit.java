package dev.rebound.web.security;

import dev.rebound.api.access.AccessNotRecorded;
import dev.rebound.api.access.Caller;
import dev.rebound.api.access.command.RecordDataAccess;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.organization.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * Records a page that shows several candidates at once (a coach's list, the recent candidates on the home page) in the
 * access audit. A read of one candidate's data, or an answer that names the candidates it shows, is recorded by the
 * access policy where the query is handled; a list built from several answers names its candidates here, before it is
 * shown, and if it cannot be recorded, nothing is shown.
 */
@Component
public class DataAccessAudit {

    private final CommandGateway commands;

    DataAccessAudit(CommandGateway commands) {
        this.commands = commands;
    }

    /** The role in which this caller reads others' data; null for a candidate, whose own reads are not recorded. */
    static Role readerRole(Caller caller) {
        return RecordDataAccess.READER_ROLES.contains(caller.role()) ? caller.role() : null;
    }

    /** A page shows these candidates' data to the caller (e.g. a coach's list): records it, unless it is empty. */
    public void recordRead(Caller caller, Collection<CandidateId> candidates, String resource) {
        Role role = readerRole(caller);
        if (role != null && !candidates.isEmpty()) {
            record(new RecordDataAccess(caller.organizationId(), List.copyOf(candidates), caller.memberId(), role,
                    resource));
        }
    }

    private void record(RecordDataAccess access) {
        try {
            commands.sendAndWait(access);
        } catch (RuntimeException failure) {
            throw new AccessNotRecorded(failure);
        }
    }
}
