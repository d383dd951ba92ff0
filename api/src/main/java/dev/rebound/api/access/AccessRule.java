package dev.rebound.api.access;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;

import java.util.Objects;
import java.util.Set;

/**
 * What a command or query touches, and how (docs/domain.md, "Who may see what"). Every message that the access policy
 * lets through names its rule ({@link Guarded}); the policy decides on this typed target and the sender, never on a
 * URL, and refuses a message that names none. The organization in a rule is the one the message is for: it must be
 * the sender's.
 */
public sealed interface AccessRule {

    /** What is done with one candidate's data. */
    enum Use {
        /** Read: whoever sees the candidate; a read by someone else is recorded in the access audit. */
        READ,
        /** Record data: the candidate and the admins; a coach who sees the candidate gets 403. */
        WRITE,
        /** Assign a coach: the admins; the others who see the candidate get 403. */
        ASSIGN_COACHES,
        /** Grant or revoke the coaches' access: the candidate alone; the others who see the candidate get 403. */
        CONSENT,
        /** Read the candidate's access log (not recorded): the candidate and the admins; a coach gets 404. */
        ACCESS_LOG,
        /** Erase the candidate's personal data: the candidate and the admins; a coach gets 403. */
        ERASURE
    }

    /** What is done with an organization as a whole. */
    enum OrganizationUse {
        /** Its members, audits and lists: the admins of the organization. */
        ADMINISTER,
        /** Its de-identified analytics: the admins and its analysts. */
        ANALYTICS,
        /** Add a member: the platform admin in any organization, an org admin in their own. */
        ADD_MEMBERS
    }

    /** What is done with a member's personal access tokens. */
    enum TokenUse {
        /** Issue one: the member itself, the platform admin, or an org admin handing a new member its first token. */
        ISSUE,
        /** Revoke one: the member itself, its org admins, the platform admin. */
        REVOKE
    }

    /** One candidate's data. */
    record CandidateData(OrganizationId organizationId, CandidateId candidateId, Use use) implements AccessRule {
        public CandidateData {
            Objects.requireNonNull(organizationId, "organizationId");
            Objects.requireNonNull(candidateId, "candidateId");
            Objects.requireNonNull(use, "use");
        }
    }

    /** Several candidates' data, read at once (a coach's list with figures): the sender must see every one. */
    record CandidatesData(OrganizationId organizationId, Set<CandidateId> candidateIds) implements AccessRule {
        public CandidatesData {
            Objects.requireNonNull(organizationId, "organizationId");
            candidateIds = Set.copyOf(candidateIds);
        }
    }

    /**
     * One application's data, decided as its candidate's; when {@code candidateId} is given (a page of one candidate
     * that names the application too), the application must be that candidate's.
     */
    record ApplicationData(OrganizationId organizationId, ApplicationId applicationId, CandidateId candidateId,
                           Use use) implements AccessRule {
        public ApplicationData {
            Objects.requireNonNull(organizationId, "organizationId");
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(use, "use");
        }
    }

    /** An organization as a whole. */
    record OrganizationData(OrganizationId organizationId, OrganizationUse use) implements AccessRule {
        public OrganizationData {
            Objects.requireNonNull(organizationId, "organizationId");
            Objects.requireNonNull(use, "use");
        }
    }

    /** A member's personal access tokens. */
    record MemberTokens(OrganizationId organizationId, MemberId memberId, TokenUse use) implements AccessRule {
        public MemberTokens {
            Objects.requireNonNull(organizationId, "organizationId");
            Objects.requireNonNull(memberId, "memberId");
            Objects.requireNonNull(use, "use");
        }
    }

    /** A coach's own list of assigned candidates: that coach alone (anyone else gets 403: it names no data). */
    record CoachOwnCandidates(OrganizationId organizationId, MemberId coachMemberId) implements AccessRule {
    }

    /** Running the platform (read models, creating organizations): the platform admin alone; the others get 404. */
    record Platform() implements AccessRule {
    }

    /** Touches no one's data (the tone check): every signed-in person. */
    record Everyone() implements AccessRule {
    }

    /** Recording one's own read in the access audit: the reader named is the sender. */
    record OwnRead(OrganizationId organizationId, MemberId readerMemberId) implements AccessRule {
    }

    /**
     * Internal look-ups that only system actors send (finding a token's holder): nobody signed in may send them, and
     * a system actor only those its {@link SystemActor} lists.
     */
    record SystemOnly() implements AccessRule {
    }
}
