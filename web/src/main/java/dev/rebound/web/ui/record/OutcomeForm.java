package dev.rebound.web.ui.record;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;

/**
 * The fields of "Record the offer" and "Record that the employer declined to give feedback", with the rules of
 * {@code POST /api/v1/applications/{id}/offer} and {@code POST /api/v1/applications/{id}/feedback-declined}.
 */
public class OutcomeForm {

    @NotNull
    @DateTimeFormat(pattern = RecordForms.DATE_TIME, fallbackPatterns = RecordForms.DATE_TIME_WITH_SECONDS)
    private LocalDateTime receivedAt;
    @Size(max = 4000)
    private String note;

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
