package dev.rebound.web.ui.record;

import dev.rebound.api.improvement.PracticeType;
import dev.rebound.web.validation.WeaknessKey;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The fields of "Log practice", with the rules of {@code POST /api/v1/candidates/{id}/practice-sessions}. */
public class PracticeForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    @NotNull
    private PracticeType type;
    @NotNull
    @Min(1)
    @Max(1440)
    private Integer minutes;
    @Size(max = 10)
    private List<@WeaknessKey String> weaknesses = new ArrayList<>();
    @Min(1)
    @Max(5)
    private Integer selfRating;
    @Size(max = 4000)
    private String notes;

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public PracticeType getType() {
        return type;
    }

    public void setType(PracticeType type) {
        this.type = type;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public List<String> getWeaknesses() {
        return weaknesses;
    }

    public void setWeaknesses(List<String> weaknesses) {
        this.weaknesses = weaknesses == null ? new ArrayList<>() : weaknesses;
    }

    public Integer getSelfRating() {
        return selfRating;
    }

    public void setSelfRating(Integer selfRating) {
        this.selfRating = selfRating;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
