package dev.rebound.infra.access;

import dev.rebound.api.access.AccessNotRecorded;
import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Caller;
import dev.rebound.api.access.Forbidden;
import dev.rebound.api.access.Guarded;
import dev.rebound.api.access.Sender;
import dev.rebound.api.access.ShowsCandidates;
import dev.rebound.api.access.SystemCaller;
import dev.rebound.api.access.command.RecordDataAccess;
import dev.rebound.api.access.query.CheckAccess;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.NotFound;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.CandidateAccess;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.query.FindApplicationCandidate;
import dev.rebound.api.organization.query.FindCandidateAccess;
import dev.rebound.api.organization.query.FindCandidateOrganization;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryMessage;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.rebound.api.organization.Role.CANDIDATE;
import static dev.rebound.api.organization.Role.COACH;
import static dev.rebound.api.organization.Role.ORG_ADMIN;
import static dev.rebound.api.organization.Role.PLATFORM_ADMIN;

/**
 * Who may send which command or query (docs/domain.md, "Who may see what"; docs/decisions/0015): the one access
 * decision of Rebound, taken where every message is handled, whoever sent it — the REST API, the UI, a live stream, an
 * export, the demo data, an integration. It reads the sender from the message's metadata ({@link Sender}) and the
 * typed target from the message itself ({@link Guarded#accessRule()}), looks the target up in the access read model,
 * and lets the handler run only when a rule explicitly allows it: a message without a sender, or that names no rule,
 * is refused.
 *
 * <p>What the sender does not see is a {@link NotFound} (404), exactly like an id that does not exist; a
 * {@link Forbidden} (403) only refuses someone who sees the candidate but may not do this (a coach writing, an admin
 * consenting for the candidate, a candidate assigning a coach).
 *
 * <p>A read of a candidate's data by someone other than the candidate (a coach, an org admin, the platform admin),
 * and an answer that shows several candidates' data ({@link ShowsCandidates}), is recorded in the access audit once
 * the handler has answered and before the answer leaves; if it cannot be recorded, nothing is answered
 * ({@link AccessNotRecorded}).
 */
public class MessageAccessPolicy {

    private static final Set<Role> WRITERS = EnumSet.of(PLATFORM_ADMIN, ORG_ADMIN, CANDIDATE);
    private static final Set<Role> ADMINS = EnumSet.of(PLATFORM_ADMIN, ORG_ADMIN);

    private final AccessQueries access;
    private final PersonalAccessTokens tokens;
    private final DataAccessLog log;

    public MessageAccessPolicy(AccessQueries access, PersonalAccessTokens tokens, DataAccessLog log) {
        this.access = access;
        this.tokens = tokens;
        this.log = log;
    }

    /** The policy has let the check through: the sender may. */
    @QueryHandler
    public Boolean handle(CheckAccess check) {
        return Boolean.TRUE;
    }

    /** The policy on the command bus. */
    public MessageHandlerInterceptor<CommandMessage<?>> commands() {
        return this::intercept;
    }

    /** The policy on the query bus (subscription queries included: their first answer is a query like any other). */
    public MessageHandlerInterceptor<QueryMessage<?, ?>> queries() {
        return this::intercept;
    }

    private Object intercept(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Message<?> message = unitOfWork.getMessage();
        Optional<Sender> sender = Sender.fromMetaData(message.getMetaData());
        Decision decision = decide(message.getPayload(), sender.orElse(null));
        Object answer = chain.proceed();
        // a check asks whether the sender may; it shows nothing, so nothing is recorded
        if (sender.orElse(null) instanceof Caller caller && isReader(caller)
                && !(message.getPayload() instanceof CheckAccess)) {
            if (!decision.reads().isEmpty()) {
                record(message, caller, decision.reads());
            } else if (answer instanceof ShowsCandidates shown && !shown.shownCandidates().isEmpty()) {
                record(message, caller, shown.shownCandidates());
            }
        }
        return answer;
    }

    /** What was allowed: and whose data, if any, it reads in a way the access audit records. */
    record Decision(List<CandidateId> reads) {
        static final Decision ALLOWED = new Decision(List.of());
    }

    /** Decides, or throws {@link NotFound} / {@link Forbidden}. */
    Decision decide(Object payload, Sender sender) {
        if (sender == null) {
            throw new Forbidden("This message names no sender, and nothing is allowed without one.");
        }
        if (!(payload instanceof Guarded guarded)) {
            throw new Forbidden("A " + payload.getClass().getSimpleName()
                    + " names no access rule, and nothing is allowed without one.");
        }
        AccessRule rule = guarded.accessRule();
        return switch (sender) {
            case SystemCaller system -> decide(system, payload, rule);
            case Caller caller -> decide(caller, rule);
        };
    }

    /** A system actor: only the messages its actor lists, and only in its organization when it is bound to one. */
    private Decision decide(SystemCaller system, Object payload, AccessRule rule) {
        if (!system.actor().maySend(payload.getClass())) {
            throw new Forbidden(system.actor() + " may not send a " + payload.getClass().getSimpleName() + ".");
        }
        OrganizationId bound = system.organizationId();
        if (bound != null) {
            switch (rule) {
                case AccessRule.CandidateData data -> {
                    require(bound.equals(data.organizationId()));
                    require(candidateOrganization(data.candidateId()).map(bound::equals).orElse(true));
                }
                case AccessRule.ApplicationData data -> {
                    require(bound.equals(data.organizationId()));
                    applicationCandidate(data);
                }
                case AccessRule.CandidatesData data -> {
                    require(bound.equals(data.organizationId()));
                    data.candidateIds().forEach(candidate -> require(candidateOrganization(candidate)
                            .map(bound::equals).orElse(true)));
                }
                case AccessRule.OrganizationData data -> require(bound.equals(data.organizationId()));
                case AccessRule.MemberTokens data -> require(bound.equals(data.organizationId()));
                case AccessRule.CoachOwnCandidates data -> require(bound.equals(data.organizationId()));
                case AccessRule.OwnRead data -> require(bound.equals(data.organizationId()));
                case AccessRule.Platform platform ->
                        throw new Forbidden("An actor bound to one organization runs nothing of the platform.");
                case AccessRule.Everyone everyone -> {
                    // touches no one's data
                }
                case AccessRule.SystemOnly internal -> {
                    // listed for this actor
                }
            }
        }
        return Decision.ALLOWED;
    }

    /** A person: the rules of docs/domain.md, "Who may see what". */
    private Decision decide(Caller caller, AccessRule rule) {
        return switch (rule) {
            case AccessRule.Platform platform -> {
                require(caller.role() == PLATFORM_ADMIN);
                yield Decision.ALLOWED;
            }
            case AccessRule.Everyone everyone -> Decision.ALLOWED;
            case AccessRule.SystemOnly internal -> throw notFound();
            case AccessRule.OwnRead read -> {
                if (!caller.organizationId().equals(read.organizationId())
                        || !Objects.equals(caller.memberId(), read.readerMemberId())) {
                    throw new Forbidden("One records one's own reads only.");
                }
                yield Decision.ALLOWED;
            }
            case AccessRule.CoachOwnCandidates own -> {
                if (caller.role() != COACH) {
                    throw new Forbidden("Only a coach has assigned candidates; an org admin reads each candidate "
                            + "under /api/v1/candidates/{candidateId}.");
                }
                require(caller.organizationId().equals(own.organizationId())
                        && own.coachMemberId().equals(caller.memberId()));
                yield Decision.ALLOWED;
            }
            case AccessRule.OrganizationData organization -> {
                boolean own = caller.organizationId().equals(organization.organizationId());
                switch (organization.use()) {
                    case ADD_MEMBERS -> require(caller.role() == PLATFORM_ADMIN || own && caller.role() == ORG_ADMIN);
                    case ANALYTICS -> require(own && (caller.administers() || caller.role() == Role.ANALYST));
                    case ADMINISTER -> require(own && caller.administers());
                }
                yield Decision.ALLOWED;
            }
            case AccessRule.MemberTokens member -> {
                if (caller.role() != PLATFORM_ADMIN) {
                    require(caller.organizationId().equals(member.organizationId()));
                    boolean itself = member.memberId().equals(caller.memberId());
                    require(itself || caller.role() == ORG_ADMIN);
                    if (!itself && member.use() == AccessRule.TokenUse.ISSUE && tokens.hasAny(member.memberId())) {
                        throw new Forbidden("A member's tokens are the member's to issue; an org admin hands over only "
                                + "the first one, when adding the member.");
                    }
                }
                yield Decision.ALLOWED;
            }
            case AccessRule.CandidateData data -> {
                require(caller.organizationId().equals(data.organizationId()));
                yield candidate(caller, data.candidateId(), data.use());
            }
            case AccessRule.ApplicationData data -> {
                require(caller.organizationId().equals(data.organizationId()));
                yield candidate(caller, applicationCandidate(data), data.use());
            }
            case AccessRule.CandidatesData data -> {
                // each must be visible; the page records those it shows (a list may show fewer than it asks for)
                require(caller.organizationId().equals(data.organizationId()));
                data.candidateIds().forEach(candidate -> candidate(caller, candidate, AccessRule.Use.READ));
                yield Decision.ALLOWED;
            }
        };
    }

    /** Whether the caller sees this candidate, and may do this with their data. */
    private Decision candidate(Caller caller, CandidateId candidate, AccessRule.Use use) {
        switch (caller.role()) {
            // acts in the default organization, whose candidates need no record; another organization's are not
            // visible (nor may their ids be taken for new data here)
            case PLATFORM_ADMIN -> require(candidateOrganization(candidate).map(caller.organizationId()::equals)
                    .orElse(true));
            case ORG_ADMIN -> require(candidateAccess(caller, candidate).isPresent());
            case CANDIDATE -> require(candidate.equals(caller.candidateId()));
            case COACH -> require(candidateAccess(caller, candidate)
                    .filter(seen -> seen.visibleToCoach(caller.memberId())).isPresent());
            case ANALYST -> throw notFound();
        }
        Role role = caller.role();
        switch (use) {
            case READ -> {
                return role == CANDIDATE ? Decision.ALLOWED : new Decision(List.of(candidate));
            }
            case WRITE -> allow(WRITERS.contains(role), "A coach reads their candidates' data; the candidate records it.");
            case ASSIGN_COACHES -> allow(ADMINS.contains(role), "An org admin assigns coaches to candidates.");
            case CONSENT -> allow(role == CANDIDATE, "Only the candidate grants or revokes their coaches' access.");
            case ACCESS_LOG -> require(WRITERS.contains(role));
            case ERASURE -> allow(WRITERS.contains(role),
                    "Only the candidate or an org admin erases a candidate's personal data.");
        }
        return Decision.ALLOWED;
    }

    /** Whose application this is, in the rule's organization (and the candidate the rule names, if any). */
    private CandidateId applicationCandidate(AccessRule.ApplicationData data) {
        CandidateId owner = access.handle(new FindApplicationCandidate(data.organizationId(), data.applicationId()));
        require(owner != null && (data.candidateId() == null || data.candidateId().equals(owner)));
        return owner;
    }

    private Optional<OrganizationId> candidateOrganization(CandidateId candidate) {
        return Optional.ofNullable(access.handle(new FindCandidateOrganization(candidate)));
    }

    private Optional<CandidateAccess> candidateAccess(Caller caller, CandidateId candidate) {
        return Optional.ofNullable(access.handle(new FindCandidateAccess(caller.organizationId(), candidate)));
    }

    private static boolean isReader(Caller caller) {
        return RecordDataAccess.READER_ROLES.contains(caller.role());
    }

    /** Records the read; if it cannot be recorded, the answer is not given. */
    private void record(Message<?> message, Caller caller, Collection<CandidateId> candidates) {
        String resource = message.getMetaData().get(Sender.RESOURCE) instanceof String named ? named
                : "QUERY /" + message.getPayloadType().getSimpleName();
        UUID request = message.getMetaData().get(Sender.REQUEST) instanceof String id ? UUID.fromString(id) : null;
        try {
            log.record(new RecordDataAccess(caller.organizationId(), List.copyOf(candidates),
                    caller.role() == PLATFORM_ADMIN ? null : caller.memberId(), caller.role(), resource),
                    caller.subject(), request);
        } catch (RuntimeException failure) {
            throw new AccessNotRecorded(failure);
        }
    }

    private static void allow(boolean allowed, String refusal) {
        if (!allowed) {
            throw new Forbidden(refusal);
        }
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw notFound();
        }
    }

    private static NotFound notFound() {
        return new NotFound("No such resource, or it is not visible to you.");
    }
}
