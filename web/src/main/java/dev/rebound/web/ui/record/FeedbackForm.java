package dev.rebound.web.ui.record;

import dev.rebound.api.application.Specificity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The fields of "Record feedback", with the rules of {@code POST /api/v1/applications/{id}/feedback}. The points are
 * typed one per line: each line becomes a point that is evaluated on its own.
 */
public class FeedbackForm {

    static final int MAX_POINTS = 50;
    static final int MAX_POINT_LENGTH = 2000;

    @NotNull
    @DateTimeFormat(pattern = RecordForms.DATE_TIME, fallbackPatterns = RecordForms.DATE_TIME_WITH_SECONDS)
    private LocalDateTime receivedAt;
    @NotBlank
    private String points;
    @Size(max = 200)
    private String giverName;
    @Size(max = 200)
    private String giverRole;
    private Specificity specificity;

    List<String> pointList() {
        return RecordForms.lines(points);
    }

    boolean pointsWithinLimits() {
        List<String> lines = pointList();
        return lines.size() <= MAX_POINTS && lines.stream().allMatch(line -> line.length() <= MAX_POINT_LENGTH);
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public String getPoints() {
        return points;
    }

    public void setPoints(String points) {
        this.points = points;
    }

    public String getGiverName() {
        return giverName;
    }

    public void setGiverName(String giverName) {
        this.giverName = giverName;
    }

    public String getGiverRole() {
        return giverRole;
    }

    public void setGiverRole(String giverRole) {
        this.giverRole = giverRole;
    }

    public Specificity getSpecificity() {
        return specificity;
    }

    public void setSpecificity(Specificity specificity) {
        this.specificity = specificity;
    }
}
