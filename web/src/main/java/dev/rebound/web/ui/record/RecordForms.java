package dev.rebound.web.ui.record;

import dev.rebound.api.applications.query.ApplicationList;
import dev.rebound.api.applications.query.ApplicationSummary;
import dev.rebound.api.applications.query.FindApplications;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.web.query.Reads;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the forms that record the feedback cycle share. */
final class RecordForms {

    /** How {@code <input type="datetime-local">} sends its value; browsers add seconds only when asked. */
    static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm";
    static final String DATE_TIME_WITH_SECONDS = "yyyy-MM-dd'T'HH:mm:ss";

    private RecordForms() {
    }

    /** Answers 422 for fields that break their rules, as the API does; the page shows them. */
    static String invalid(HttpServletResponse response, String view) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return view;
    }

    /** Answers 409 for what the domain refused, as the API does; the page says why. */
    static String refused(HttpServletResponse response, String view) {
        response.setStatus(HttpStatus.CONFLICT.value());
        return view;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The non-empty lines of a text area, stripped. */
    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * The application as the applications read model knows it; empty when it is not the candidate's, or was tracked
     * a moment ago and the read model has not caught up yet.
     */
    static Optional<ApplicationSummary> application(Reads reads, OrganizationId organization, UUID candidateId,
                                                   UUID applicationId) {
        return reads.answer(new FindApplications(organization, CandidateId.of(candidateId)), ApplicationList.class)
                .items().stream()
                .filter(application -> application.applicationId().value().equals(applicationId))
                .findFirst();
    }
}
