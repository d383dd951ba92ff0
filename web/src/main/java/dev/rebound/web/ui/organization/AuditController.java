package dev.rebound.web.ui.organization;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.contactaudit.query.ContactAuditBatch;
import dev.rebound.api.contactaudit.query.ContactAuditCriteria;
import dev.rebound.api.contactaudit.query.ContactAuditPage;
import dev.rebound.api.contactaudit.query.ExportContactAudit;
import dev.rebound.api.contactaudit.query.FindContactAudit;
import dev.rebound.web.contactaudit.ContactAuditCsv;
import dev.rebound.web.query.Reads;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The organization's employer-contact audit for its admin: every contact with an employer, filtered by period,
 * employer and candidate, page by page, and the same selection as a CSV download (the file of
 * {@code GET /api/v1/organizations/{orgId}/contact-audit} with {@code Accept: text/csv}, here with the session's
 * sign-in instead of a bearer token).
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;
    private static final int EXPORT_BATCH_SIZE = 500;

    private final Reads reads;

    AuditController(Reads reads) {
        this.reads = reads;
    }

    /**
     * The filters as a person gives them: whole days (UTC), both included; an employer's name or a part of it; a
     * candidate id.
     */
    record Filters(LocalDate from, LocalDate to, String employer, String candidate) {

        ContactAuditCriteria criteria() {
            CandidateId candidateId = candidateId();
            return new ContactAuditCriteria(
                    from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    null, employer, candidateId);
        }

        CandidateId candidateId() {
            if (candidate == null || candidate.isBlank()) {
                return null;
            }
            try {
                return CandidateId.of(UUID.fromString(candidate.strip()));
            } catch (IllegalArgumentException notAnId) {
                return null;
            }
        }

        boolean candidateInvalid() {
            return candidate != null && !candidate.isBlank() && candidateId() == null;
        }

        boolean periodInvalid() {
            return from != null && to != null && to.isBefore(from);
        }

        String query(String path, Integer page) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
            if (from != null) {
                uri.queryParam("from", from);
            }
            if (to != null) {
                uri.queryParam("to", to);
            }
            if (employer != null && !employer.isBlank()) {
                uri.queryParam("employer", employer.strip());
            }
            if (candidate != null && !candidate.isBlank()) {
                uri.queryParam("candidate", candidate.strip());
            }
            if (page != null) {
                uri.queryParam("page", page);
            }
            return uri.encode().build().toUriString();
        }
    }

    @GetMapping("/organization/audit")
    String audit(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) String employer,
                 @RequestParam(required = false) String candidate,
                 @RequestParam(defaultValue = "0") int page,
                 @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model) {
        Filters filters = new Filters(from, to, employer, candidate);
        model.addAttribute("filters", filters);
        model.addAttribute("csvHref", filters.query("/organization/audit.csv", null));
        if (filters.periodInvalid() || filters.candidateInvalid()) {
            model.addAttribute("filterError", filters.periodInvalid()
                    ? "The period ends before it starts; check the dates."
                    : "A candidate id looks like 3f0b6c1e-8d2a-4c47-9a7e-2a51c8e0d001.");
            return "organization/audit";
        }
        ContactAuditPage audit = reads.answer(new FindContactAudit(organization(principal), filters.criteria(),
                Math.max(page, 0), PAGE_SIZE), ContactAuditPage.class);
        model.addAttribute("audit", audit);
        long pages = Math.max(1, (audit.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("pages", pages);
        model.addAttribute("previousHref", audit.page() > 0 ? filters.query("/organization/audit",
                audit.page() - 1) : null);
        model.addAttribute("nextHref", audit.page() + 1 < pages ? filters.query("/organization/audit",
                audit.page() + 1) : null);
        return "organization/audit";
    }

    /** Every matching contact as CSV, written batch by batch as it is read. */
    @GetMapping("/organization/audit.csv")
    void csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
             @RequestParam(required = false) String employer,
             @RequestParam(required = false) String candidate,
             @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
             HttpServletResponse response) throws IOException {
        Filters filters = new Filters(from, to, employer, candidate);
        if (filters.periodInvalid() || filters.candidateInvalid()) {
            throw new IllegalArgumentException("The filters are not valid; correct them on the audit page.");
        }
        OrganizationId organization = organization(principal);
        ContactAuditCriteria criteria = filters.criteria();
        // the first batch is read before anything is sent, so a failure can still be answered as a page
        ContactAuditBatch batch = reads.answer(new ExportContactAudit(organization, criteria, null,
                EXPORT_BATCH_SIZE), ContactAuditBatch.class);
        response.setContentType(ContactAuditCsv.MEDIA_TYPE + "; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("contact-audit-" + LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC) + ".csv")
                .build().toString());
        try (ContactAuditCsv out = new ContactAuditCsv(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8))) {
            out.write(batch.items());
            while (batch.next() != null) {
                batch = reads.answer(new ExportContactAudit(organization, criteria, batch.next(), EXPORT_BATCH_SIZE),
                        ContactAuditBatch.class);
                out.write(batch.items());
            }
        }
    }

    private static OrganizationId organization(OAuth2AuthenticatedPrincipal principal) {
        return Callers.of(principal).organizationId();
    }
}
