package dev.rebound.web.application;

import dev.rebound.api.application.FeedbackStatus;
import dev.rebound.api.applications.query.ApplicationPage;
import dev.rebound.api.applications.query.ApplicationStatus;
import dev.rebound.api.applications.query.ApplicationSummary;
import dev.rebound.api.applications.query.FindApplicationPage;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Stage;
import dev.rebound.web.query.Reads;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A candidate's applications, a page at a time, the most recently tracked first. */
@RestController
@Tag(name = "Applications",
        description = "Applications and how they end: tracked, interviews, the rejection, an offer.")
class ApplicationListController {

    private final Reads reads;

    ApplicationListController(Reads reads) {
        this.reads = reads;
    }

    @Schema(description = "One application and where it stands.")
    record ApplicationItem(
            UUID applicationId,
            UUID employerId,
            String employerName,
            String roleTitle,
            @Schema(description = "The day the candidate applied; null when not given.") LocalDate appliedOn,
            @Schema(description = "Where the candidate found the role, as they gave it; null when not given.")
            String source,
            @Schema(description = "The furthest stage of its interviews and its rejection; null while none is "
                    + "recorded.") Stage furthestStage,
            @Schema(description = """
                    `ACTIVE`: neither a rejection nor an offer is recorded, the application is open; `REJECTED`: a \
                    rejection was received and no offer after it; `OFFER`: an offer was received and no rejection \
                    after it (the later of the two by occurred-at time decides).""") ApplicationStatus status,
            @Schema(description = """
                    Where it stands in the feedback cycle; the first that applies of `EVALUATED`, `RECEIVED`, \
                    `DECLINED`, `TIMED_OUT`, `REQUESTED`, `NONE`.""") FeedbackStatus feedbackStatus) {

        static ApplicationItem of(ApplicationSummary application) {
            return new ApplicationItem(application.applicationId().value(), application.employerId().value(),
                    application.employerName(), application.roleTitle(), application.appliedOn(),
                    application.source(), application.furthestStage(), application.status(),
                    application.feedbackStatus());
        }
    }

    @Schema(description = "One page of a candidate's applications; `total` counts them all.")
    record ApplicationListPage(List<ApplicationItem> items, int page, int size, long total) {
    }

    @Operation(operationId = "listApplications", summary = "List the applications",
            description = """
                    The candidate's applications, the most recently tracked first, paginated (`size` 1 to 200): \
                    employer, role, the day applied, source, the furthest stage reached, `status` (`ACTIVE`, \
                    `REJECTED`, `OFFER`) and the feedback status. Readable by whoever may read the candidate; a \
                    read by anyone but the candidate is recorded in the access log.""")
    @GetMapping("/api/v1/candidates/{candidateId}/applications")
    ApplicationListPage applications(@PathVariable UUID candidateId,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "50") @Min(1)
                                     @Max(FindApplicationPage.MAX_PAGE_SIZE) int size,
                                     @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        ApplicationPage answer = reads.answer(new FindApplicationPage(Callers.of(principal).organizationId(),
                CandidateId.of(candidateId), page, size), ApplicationPage.class);
        return new ApplicationListPage(answer.items().stream().map(ApplicationItem::of).toList(), answer.page(),
                answer.size(), answer.total());
    }
}
