package dev.rebound.web.security;

import dev.rebound.api.access.Caller;
import dev.rebound.api.organization.Role;

/**
 * The UI's pages by role: where each role lands after signing in, which of the organization's pages it may open and
 * whether it records anything. {@link UiAccessPolicy} enforces this; the navigation offers only what it allows.
 * <ul>
 *   <li>a candidate: their own dashboard and its forms, and their privacy page;</li>
 *   <li>a coach: the coach view and the dashboards of the candidates assigned to them who granted access, read
 *       only;</li>
 *   <li>an analyst: the analytics;</li>
 *   <li>an org admin and the platform admin: every page of their organization, starting from its candidates, and
 *       adding candidates to it.</li>
 * </ul>
 */
public final class UiPages {

    public static final String CANDIDATES = "/candidates";
    public static final String COACH = "/coach";
    public static final String AUDIT = "/organization/audit";
    public static final String ANALYTICS = "/organization/analytics";

    private UiPages() {
    }

    /** The page a role starts from: after signing in, and whenever it opens {@code /}. */
    public static String landing(Caller caller) {
        return switch (caller.role()) {
            case CANDIDATE -> dashboard(caller);
            case COACH -> COACH;
            case ANALYST -> ANALYTICS;
            case ORG_ADMIN, PLATFORM_ADMIN -> CANDIDATES;
        };
    }

    /** A candidate's own dashboard; null for everyone else. */
    public static String dashboard(Caller caller) {
        return caller.role() == Role.CANDIDATE && caller.candidateId() != null
                ? CANDIDATES + "/" + caller.candidateId().value() : null;
    }

    /** A candidate's own privacy page (who looked at their data, erasure); null for everyone else. */
    public static String privacy(Caller caller) {
        String dashboard = dashboard(caller);
        return dashboard == null ? null : dashboard + "/privacy";
    }

    /** Whether the caller may open this page of the organization (not one candidate's pages, which their guarded messages decide). */
    public static boolean mayOpen(Caller caller, String page) {
        return switch (page) {
            case COACH -> caller.role() == Role.COACH || caller.administers();
            case ANALYTICS -> caller.role() == Role.ANALYST || caller.administers();
            case "/tone-check" -> mayRecord(caller);
            case CANDIDATES + "/new" -> mayAddCandidates(caller);
            case CANDIDATES, AUDIT, AUDIT + ".csv" -> caller.administers();
            default -> false;
        };
    }

    /** Candidates record their own feedback cycle, admins anyone's; coaches and analysts only read. */
    public static boolean mayRecord(Caller caller) {
        return caller.role() == Role.CANDIDATE || caller.administers();
    }

    /** Admins add candidates, as members of their organization (the platform admin: of the default one). */
    public static boolean mayAddCandidates(Caller caller) {
        return caller.administers();
    }
}
