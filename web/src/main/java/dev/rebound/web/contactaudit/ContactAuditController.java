package dev.rebound.web.contactaudit;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.contactaudit.query.ContactAuditBatch;
import dev.rebound.api.contactaudit.query.ContactAuditCriteria;
import dev.rebound.api.contactaudit.query.ContactAuditPage;
import dev.rebound.api.contactaudit.query.ExportContactAudit;
import dev.rebound.api.contactaudit.query.FindContactAudit;
import dev.rebound.web.problem.Problems;
import dev.rebound.web.query.Reads;
import dev.rebound.web.security.OrganizationPath;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The organization's employer-contact audit, newest first: a page as JSON, or every matching contact as CSV
 * ({@code Accept: text/csv}), written batch by batch as it is read.
 *
 * <p>Both methods declare what they produce, so Spring MVC picks by the client's preference ({@code application/json,
 * text/csv;q=0.5} gets JSON). Without an {@code Accept} header, or with {@code *}{@code /*}, JSON wins the tie.
 */
@RestController
@Tag(name = "Contact audit", description = "The organization's audit of every contact with employers.")
@RequestMapping("/api/v1/organizations/{organizationId}/contact-audit")
class ContactAuditController {

    static final String TEXT_CSV = "text/csv";
    private static final int EXPORT_BATCH_SIZE = 500;    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Reads reads;

    ContactAuditController(Reads reads) {
        this.reads = reads;
    }

    /**
     * @param from      contacts that occurred at or after this instant
     * @param to        contacts that occurred before this instant
     * @param employer  an employer id, or else a part of the employer's name (case does not matter)
     */
    @Operation(operationId = "getContactAudit", summary = "Read the employer-contact audit",
            description = """
                    Every contact of the organization's candidates with employers (feedback requests and logged \
                    contacts), newest first, paginated. `employer` is an employer id or a part of its name. With \
                    `Accept: text/csv` the answer is every matching contact as a CSV file.""")
    @ApiResponse(responseCode = "200", description = "A page; with Accept: text/csv, every matching contact",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ContactAuditPage.class)),
            @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"))})
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ContactAuditPage audit(@PathVariable UUID organizationId,
                           @RequestParam(required = false) Instant from,
                           @RequestParam(required = false) Instant to,
                           @RequestParam(required = false) String employer,
                           @RequestParam(required = false) UUID candidateId,
                           @RequestParam(defaultValue = "0") @Min(0) int page,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(FindContactAudit.MAX_PAGE_SIZE) int size,
                           @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        OrganizationId organization = OrganizationPath.visibleTo(principal, organizationId);
        return reads.answer(new FindContactAudit(organization, criteria(from, to, employer, candidateId), page, size),
                ContactAuditPage.class);
    }

    @Operation(hidden = true) // documented with the JSON method: one operation, two media types
    @GetMapping(produces = TEXT_CSV)
    void export(@PathVariable UUID organizationId,
                @RequestParam(required = false) Instant from,
                @RequestParam(required = false) Instant to,
                @RequestParam(required = false) String employer,
                @RequestParam(required = false) UUID candidateId,
                @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
                HttpServletResponse response) throws IOException {
        OrganizationId organization = OrganizationPath.visibleTo(principal, organizationId);
        ContactAuditCriteria criteria = criteria(from, to, employer, candidateId);
        // the first batch is read before anything is sent, so a failure can still be answered as a problem
        ContactAuditBatch batch = reads.answer(new ExportContactAudit(organization, criteria, null, EXPORT_BATCH_SIZE),
                ContactAuditBatch.class);
        response.setContentType(TEXT_CSV + "; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("contact-audit.csv").build().toString());
        try (ContactAuditCsv csv = new ContactAuditCsv(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8))) {
            csv.write(batch.items());
            while (batch.next() != null) {
                batch = reads.answer(new ExportContactAudit(organization, criteria, batch.next(), EXPORT_BATCH_SIZE),
                        ContactAuditBatch.class);
                csv.write(batch.items());
            }
        }
    }

    private static ContactAuditCriteria criteria(Instant from, Instant to, String employer, UUID candidateId) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, Problems.invalid(
                    HttpStatus.UNPROCESSABLE_CONTENT, "'to' (" + to + ") lies before 'from' (" + from + ").",
                    List.of(new Problems.FieldError("to", "must not lie before from"))), null);
        }
        boolean employerId = employer != null && UUID_TEXT.matcher(employer.strip()).matches();
        return new ContactAuditCriteria(from, to,
                employerId ? EmployerId.parse(employer.strip()) : null,
                employerId ? null : employer,
                candidateId == null ? null : CandidateId.of(candidateId));
    }

}
