package dev.rebound.web.security;

import dev.rebound.api.access.Caller;
import dev.rebound.api.access.command.RecordDataAccess;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.organization.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.Collection;
import java.util.List;

/**
 * The access audit's recorder: a read of a candidate's data by someone other than the candidate (a coach, an org
 * admin, the platform admin) is recorded before the data is served, and if it cannot be recorded, nothing is served.
 *
 * <p>The access policy tells which reads those are. A read is recorded once its handler has what it will show and
 * before any of it is sent: for a JSON answer just before the body is written ({@link RecordReadBeforeBody}), for a
 * page just before it is rendered (the policy's {@code postHandle}); a read that fails (a bad parameter, a read model
 * that does not answer) served nothing and is not recorded. A live stream or an answer written by the handler itself
 * is recorded before the handler runs, since it may send data before it returns.
 */
@Component
public class DataAccessAudit {

    private static final String PENDING = DataAccessAudit.class.getName() + ".pending";

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

    /** The access policy allowed this read of another's data: recorded now, or once the handler has succeeded. */
    void expect(HttpServletRequest request, Object handler, RecordDataAccess access) {
        if (sendsWhileRunning(handler)) {
            record(access);
        } else {
            request.setAttribute(PENDING, access);
        }
    }

    /** Records the read this request's handler has just answered, if any; called before anything is sent. */
    void recordPending(HttpServletRequest request) {
        if (request.getAttribute(PENDING) instanceof RecordDataAccess access) {
            request.removeAttribute(PENDING);
            record(access);
        }
    }

    private void record(RecordDataAccess access) {
        try {
            commands.sendAndWait(access);
        } catch (RuntimeException failure) {
            throw new AccessNotRecorded(failure);
        }
    }

    /** A live stream, or a handler that writes its answer itself: it may send data before it returns. */
    private static boolean sendsWhileRunning(Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Class<?> answer = method.getReturnType().getParameterType();
        return answer == void.class || ResponseBodyEmitter.class.isAssignableFrom(answer)
                || StreamingResponseBody.class.isAssignableFrom(answer);
    }
}
