package dev.rebound.web.ui.record;

import dev.rebound.api.application.Verdict;
import dev.rebound.web.validation.WeaknessKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The fields of "Evaluate feedback", with the rules of {@code POST /api/v1/applications/{id}/evaluation}: one entry
 * per received point that is not evaluated yet; a point without a verdict is left for later.
 */
public class EvaluationForm {

    @NotNull
    @DateTimeFormat(pattern = RecordForms.DATE_TIME, fallbackPatterns = RecordForms.DATE_TIME_WITH_SECONDS)
    private LocalDateTime evaluatedAt;
    @Valid
    @Size(max = 50)
    private List<PointForm> points = new ArrayList<>();
    @Size(max = 4000)
    private String fitNotes;
    private boolean early;

    List<PointForm> judged() {
        return points.stream().filter(point -> point.getVerdict() != null).toList();
    }

    public LocalDateTime getEvaluatedAt() {
        return evaluatedAt;
    }

    public void setEvaluatedAt(LocalDateTime evaluatedAt) {
        this.evaluatedAt = evaluatedAt;
    }

    public List<PointForm> getPoints() {
        return points;
    }

    public void setPoints(List<PointForm> points) {
        this.points = points == null ? new ArrayList<>() : points;
    }

    public String getFitNotes() {
        return fitNotes;
    }

    public void setFitNotes(String fitNotes) {
        this.fitNotes = fitNotes;
    }

    public boolean isEarly() {
        return early;
    }

    public void setEarly(boolean early) {
        this.early = early;
    }

    /** One received point: its verdict, how true it rings, how credible its giver is, the weaknesses it names. */
    public static class PointForm {

        @NotNull
        private UUID pointId;
        private String text;
        private Verdict verdict;
        @Min(1)
        @Max(5)
        private Integer ringsTrue;
        @Min(1)
        @Max(5)
        private Integer credibility;
        @Size(max = 10)
        private List<@WeaknessKey String> weaknesses = new ArrayList<>();

        public UUID getPointId() {
            return pointId;
        }

        public void setPointId(UUID pointId) {
            this.pointId = pointId;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Verdict getVerdict() {
            return verdict;
        }

        public void setVerdict(Verdict verdict) {
            this.verdict = verdict;
        }

        public Integer getRingsTrue() {
            return ringsTrue;
        }

        public void setRingsTrue(Integer ringsTrue) {
            this.ringsTrue = ringsTrue;
        }

        public Integer getCredibility() {
            return credibility;
        }

        public void setCredibility(Integer credibility) {
            this.credibility = credibility;
        }

        public List<String> getWeaknesses() {
            return weaknesses;
        }

        public void setWeaknesses(List<String> weaknesses) {
            this.weaknesses = weaknesses == null ? new ArrayList<>() : weaknesses;
        }
    }
}
