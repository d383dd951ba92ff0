package dev.rebound.web.security;

import dev.rebound.api.access.Caller;
import dev.rebound.api.access.command.RecordDataAccess;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.NotFound;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.CandidateAccess;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.query.FindApplicationCandidate;
import dev.rebound.api.organization.query.FindCandidateAccess;
import dev.rebound.api.organization.query.FindCandidateOrganization;
import dev.rebound.web.problem.Problems;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static dev.rebound.api.organization.Role.CANDIDATE;
import static dev.rebound.api.organization.Role.ORG_ADMIN;
import static dev.rebound.api.organization.Role.PLATFORM_ADMIN;

/**
 * Who may see and do what under {@code /api/**} and on the UI's pages of one candidate (docs/domain.md, "Who may
 * see what"), decided in one place from the path variables of the matched endpoint:
 * <ul>
 *   <li>the platform admin: everything in the default organization (including candidate ids without a record,
 *       but no other organization's candidate), alone the {@code /admin} endpoints and the creation of
 *       organizations, and the members of any organization;</li>
 *   <li>an org admin: everything of the candidates registered in their organization, its members and tokens, its
 *       audit and analytics; a member: its own tokens;</li>
 *   <li>a candidate: their own candidate record and its applications;</li>
 *   <li>a coach: reads of the candidates assigned to them who granted access;</li>
 *   <li>an analyst: the organization's analytics only;</li>
 *   <li>everyone signed in: the catalogues and the tone check; a coach alone their own list of candidates (anyone
 *       else is told 403: the path names no data to hide).</li>
 * </ul>
 * Everything else answers 404, exactly like an id that does not exist, so nobody learns about data they may not see.
 * Reads are filtered by organization in the read models as well; this decides within an organization.
 *
 * <p>Under a candidate, whoever sees the candidate may read; writes are the candidate's and the admins' (a coach who
 * sees the candidate gets 403). A few endpoints there are narrower, listed in {@link #NARROWER}: who sees the
 * candidate but is not listed gets 403 for a write and 404 for a read.
 *
 * <p>A read of a candidate's data by anyone but the candidate is handed to the {@link DataAccessAudit}, which records
 * it before the data is served.
 */
@Component
class AccessPolicy implements HandlerInterceptor, WebMvcConfigurer {

    /** Who may use an endpoint under a candidate they see, and what the others who see the candidate are told. */
    private record Allowed(Set<Role> roles, String refusal) {
    }

    private static final Allowed READS = new Allowed(EnumSet.allOf(Role.class), null);
    private static final Allowed WRITES = new Allowed(EnumSet.of(PLATFORM_ADMIN, ORG_ADMIN, CANDIDATE),
            "A coach reads their candidates' data; the candidate records it.");

    /** The UI's page of a candidate's access log and erasure, as its template. */
    static final String PRIVACY_PAGE = "/candidates/{candidateId}/privacy";

    /** The calling coach's own candidates. */
    static final String COACH_CANDIDATES = "/api/v1/coaches/me/candidates";

    /** Endpoints every signed-in caller may use: they show or touch no one's data. */
    private static final Set<String> FOR_EVERYONE = Set.of("/api/v1/tone-check");
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final String ERASURE_REFUSAL =
            "Only the candidate or an org admin erases a candidate's personal data.";

    /** Endpoints under a candidate that not everyone who sees the candidate may use, by method and template. */
    private static final Map<String, Allowed> NARROWER = Map.of(
            "POST /api/v1/candidates/{candidateId}/coaches", new Allowed(EnumSet.of(PLATFORM_ADMIN, ORG_ADMIN),
                    "An org admin assigns coaches to candidates."),
            "PUT /api/v1/candidates/{candidateId}/coach-access", new Allowed(EnumSet.of(CANDIDATE),
                    "Only the candidate grants or revokes their coaches' access."),
            "GET /api/v1/candidates/{candidateId}/access-log", new Allowed(EnumSet.of(PLATFORM_ADMIN, ORG_ADMIN,
                    CANDIDATE), null),
            "GET /api/v1/candidates/{candidateId}/tokens", new Allowed(EnumSet.of(PLATFORM_ADMIN, ORG_ADMIN,
                    CANDIDATE), null),
            "DELETE /api/v1/candidates/{candidateId}/personal-data", new Allowed(EnumSet.of(PLATFORM_ADMIN,
                    ORG_ADMIN, CANDIDATE), ERASURE_REFUSAL),
            // the UI's privacy page: the access log and the erasure, with the API's rules
            "GET " + PRIVACY_PAGE, new Allowed(EnumSet.of(PLATFORM_ADMIN, ORG_ADMIN, CANDIDATE), null),
            "POST " + PRIVACY_PAGE + "/erase", new Allowed(EnumSet.of(PLATFORM_ADMIN, ORG_ADMIN, CANDIDATE),
                    ERASURE_REFUSAL));

    /**
     * Reads under a candidate that are not recorded in the access audit: they show the access log and the tokens
     * issued for the candidate, which hold no data of the candidate's job search (the UI's privacy page shows
     * nothing else).
     */
    private static final Set<String> UNRECORDED = Set.of("GET /api/v1/candidates/{candidateId}/access-log",
            "GET /api/v1/candidates/{candidateId}/tokens", "GET " + PRIVACY_PAGE);

    private final QueryGateway queries;
    private final DataAccessAudit audit;

    AccessPolicy(QueryGateway queries, DataAccessAudit audit) {
        this.queries = queries;
        this.audit = audit;
    }

    /** The API, and the UI's pages of one candidate (which show their data, or record it). */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**", "/candidates/*", "/candidates/*/**")
                .excludePathPatterns("/candidates/new");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal)) {
            return true; // public endpoints; the security chain has already refused anything else
        }
        Caller caller = Callers.of(principal);
        @SuppressWarnings("unchecked")
        Map<String, String> path = Optional.ofNullable(
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
                .orElse(Map.of());
        // an id must be exactly a UUID before anything is decided: Spring's conversion would trim " <id>" into a
        // valid one after this check, so a lenient answer here would let a padded id past every rule below
        path.forEach((name, value) -> {
            if (name.endsWith("Id") && !isUuid(value)) {
                throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                        Problems.badParameter(name, value, UUID.class.getSimpleName()), null);
            }
        });
        // decisions follow the endpoint Spring matched (its pattern, on the decoded path), never the raw URI, which
        // "%61dmin" or "organization%73" would spell differently; no matched endpoint, no access
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        require(pattern != null);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        String endpoint = (read ? "GET" : request.getMethod()) + " " + pattern;
        if (pattern.startsWith("/api/v1/admin/")) {
            require(caller.role() == PLATFORM_ADMIN);
        } else if (pattern.equals("/api/v1/organizations")) {
            require(caller.role() == PLATFORM_ADMIN);
        } else if (path.containsKey("organizationId") && pattern.contains("/members")) {
            boolean sameOrganization = caller.organizationId().value().equals(uuid(path, "organizationId"));
            boolean itself = pattern.contains("/tokens") && caller.memberId() != null
                    && caller.memberId().value().equals(uuid(path, "memberId"));
            require(caller.role() == PLATFORM_ADMIN
                    || sameOrganization && (caller.role() == ORG_ADMIN || itself));
        } else if (path.containsKey("organizationId")) {
            require(caller.organizationId().value().equals(uuid(path, "organizationId")));
            require(caller.administers() || caller.role() == Role.ANALYST && pattern.endsWith("/analytics"));
        } else if (path.containsKey("candidateId")) {
            CandidateId candidate = CandidateId.parse(path.get("candidateId"));
            if (path.containsKey("applicationId")) { // the UI's forms: the application must be this candidate's
                require(candidate.equals(applicationCandidate(caller,
                        ApplicationId.parse(path.get("applicationId")))));
            }
            allowCandidate(caller, candidate, read && !isUiForm(pattern), endpoint);
            recordIfOthersData(request, handler, caller, candidate, read, endpoint);
        } else if (path.containsKey("applicationId")) {
            ApplicationId application = ApplicationId.parse(path.get("applicationId"));
            if (caller.role() != PLATFORM_ADMIN || read) {
                // the platform admin writes without this look-up: an unknown or foreign application is answered
                // 404 by the command itself
                CandidateId candidate = applicationCandidate(caller, application);
                allowCandidate(caller, candidate, read, endpoint);
                recordIfOthersData(request, handler, caller, candidate, read, endpoint);
            }
        } else if (pattern.equals(COACH_CANDIDATES)) {
            if (caller.role() != Role.COACH) {
                throw new ErrorResponseException(HttpStatus.FORBIDDEN, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                        "Only a coach has assigned candidates; an org admin reads each candidate under "
                                + "/api/v1/candidates/{candidateId}."), null);
            }
        } else if (!pattern.startsWith("/api/v1/catalogue/") && !FOR_EVERYONE.contains(pattern)) {
            require(caller.administers());
        }
        return true;
    }

    /** A page was rendered from what its handler read: the read is recorded now, before the page is sent. */
    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        audit.recordPending(request);
    }

    /**
     * A read of a candidate's data by someone else is recorded in the access audit before anything is served. A
     * live stream's later dispatches (when it ends) are the same read.
     */
    private void recordIfOthersData(HttpServletRequest request, Object handler, Caller caller, CandidateId candidate,
                                    boolean read, String endpoint) {
        Role reader = DataAccessAudit.readerRole(caller);
        if (read && reader != null && !UNRECORDED.contains(endpoint)
                && request.getDispatcherType() != DispatcherType.ASYNC) {
            audit.expect(request, handler, RecordDataAccess.of(caller.organizationId(), candidate,
                    caller.memberId(), reader, endpoint));
        }
    }

    /** Whose application this is, in the caller's organization; 404 for an unknown or another tenant's one. */
    private CandidateId applicationCandidate(Caller caller, ApplicationId application) {
        return queries.query(new FindApplicationCandidate(caller.organizationId(), application),
                ResponseTypes.optionalInstanceOf(CandidateId.class)).join().orElseThrow(AccessPolicy::notFound);
    }

    /**
     * Whether the caller may use this endpoint (its method and template) under this candidate; the UI's pages of a
     * candidate are decided the same way, a page listed in {@link #NARROWER} by its own entry.
     */
    private void allowCandidate(Caller caller, CandidateId candidate, boolean read, String endpoint) {
        switch (caller.role()) {
            // acts in the default organization, whose candidates need no record; another organization's are not
            // visible (nor may their ids be taken for new data here)
            case PLATFORM_ADMIN -> require(organizationOf(candidate).map(caller.organizationId()::equals)
                    .orElse(true));
            case ORG_ADMIN -> require(access(caller, candidate).isPresent());
            case CANDIDATE -> require(candidate.equals(caller.candidateId()));
            case COACH -> require(access(caller, candidate)
                    .filter(access -> access.visibleToCoach(caller.memberId())).isPresent());
            case ANALYST -> throw notFound();
        }
        // the caller sees the candidate; may they use this endpoint?
        Allowed allowed = NARROWER.getOrDefault(endpoint, read ? READS : WRITES);
        if (!allowed.roles().contains(caller.role())) {
            if (read) {
                throw notFound();
            }
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                    allowed.refusal()), null);
        }
    }

    /** The organization whose candidate record this is; empty for a candidate id without a record. */
    private Optional<OrganizationId> organizationOf(CandidateId candidate) {
        return queries.query(new FindCandidateOrganization(candidate),
                ResponseTypes.optionalInstanceOf(OrganizationId.class)).join();
    }

    /**
     * A page of the UI that shows a form: even shown empty it is there to record, so it is allowed as a write (a coach
     * gets the API's refusal), though what it shows is read. The dashboard, its live parts and the privacy page (whose
     * erasure form is a page of its own, {@code POST .../privacy/erase}) only read.
     */
    private static boolean isUiForm(String pattern) {
        if (pattern.startsWith("/api/")) {
            return false;
        }
        String dashboard = UiPages.CANDIDATES + "/{candidateId}";
        return !(pattern.equals(dashboard) || pattern.startsWith(dashboard + "/live/")
                || pattern.equals(dashboard + "/privacy"));
    }

    /** The candidate's record in the caller's organization; empty for another tenant's candidate or none. */
    private Optional<CandidateAccess> access(Caller caller, CandidateId candidate) {
        return queries.query(new FindCandidateAccess(caller.organizationId(), candidate),
                ResponseTypes.optionalInstanceOf(CandidateAccess.class)).join();
    }

    /** Exactly the 36 characters of a UUID: no padding, no short forms that {@link UUID#fromString} also takes. */
    static boolean isUuid(String value) {
        return value != null && CANONICAL_UUID.matcher(value).matches();
    }

    private static UUID uuid(Map<String, String> path, String name) {
        String value = path.get(name);
        return value == null ? null : UUID.fromString(value);
    }

    static void require(boolean allowed) {
        if (!allowed) {
            throw notFound();
        }
    }

    private static NotFound notFound() {
        return new NotFound("No such resource, or it is not visible to you.");
    }

}
