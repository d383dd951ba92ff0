package dev.rebound.api.access;

import dev.rebound.api.application.command.RecordFeedback;
import dev.rebound.api.application.command.RecordInterview;
import dev.rebound.api.application.command.RecordOffer;
import dev.rebound.api.application.command.RecordRejection;
import dev.rebound.api.application.command.RequestFeedback;
import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.application.command.EvaluateFeedback;
import dev.rebound.api.application.command.RecordFeedbackDeclined;
import dev.rebound.api.employer.command.LogEmployerContact;
import dev.rebound.api.employer.command.SetDoNotContact;
import dev.rebound.api.improvement.command.LogPracticeSession;
import dev.rebound.api.improvement.command.MarkWeaknessAddressed;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.AssignCoach;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.organization.command.SetCoachAccess;
import dev.rebound.api.organization.query.AuthenticateToken;
import dev.rebound.api.organization.query.FindMemberByEmail;

import java.util.Set;

/**
 * The parts of Rebound that act on their own, each with the few messages it may send; nothing else is allowed to it
 * (docs/decisions/0015-access-policy-at-the-message-boundary.md). An actor bound to an organization
 * ({@link SystemCaller#organizationId()}) sends them for that organization's data only.
 */
public enum SystemActor {

    /** The token checks: finds a token's holder, or a JWT's member by e-mail, before anyone is signed in. */
    AUTHENTICATION(Set.of(AuthenticateToken.class, FindMemberByEmail.class)),

    /** The first start: creates the default organization. */
    STARTUP(Set.of(CreateOrganization.class)),

    /** The demo data of the embedded default, in the default organization only. */
    DEMO(Set.of(AddMember.class, AssignCoach.class, SetCoachAccess.class,
            TrackApplication.class, RecordInterview.class, RecordRejection.class, RecordOffer.class,
            RequestFeedback.class, RecordFeedback.class, RecordFeedbackDeclined.class, EvaluateFeedback.class,
            LogEmployerContact.class, SetDoNotContact.class, LogPracticeSession.class, MarkWeaknessAddressed.class)),

    /** Rejection notices from other systems (Kafka): tracks the application and records the rejection. */
    REJECTION_NOTICES(Set.of(TrackApplication.class, RecordRejection.class));

    private final Set<Class<?>> messages;

    SystemActor(Set<Class<?>> messages) {
        this.messages = messages;
    }

    /** Whether this actor may send a message of this type at all; the organization is checked besides. */
    public boolean maySend(Class<?> messageType) {
        return messages.contains(messageType);
    }
}
