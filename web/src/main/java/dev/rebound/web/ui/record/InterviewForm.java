package dev.rebound.web.ui.record;

import dev.rebound.api.common.Stage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.List;

/**
 * The fields of "Record an interview", with the rules of {@code POST /api/v1/applications/{id}/interviews}. The
 * interviewers are typed one per line.
 */
public class InterviewForm {

    static final int MAX_INTERVIEWERS = 20;

    @NotNull
    private Stage stage;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    private String interviewers;
    private boolean preparedBehavioralAnswers;
    private boolean askedThoughtfulQuestions;
    private boolean dressedForCulture;
    @Size(max = 4000)
    private String notes;

    /** The interviewers' names, one per line; empty lines do not count. */
    List<String> interviewerList() {
        return RecordForms.lines(interviewers);
    }

    boolean interviewersWithinLimits() {
        List<String> names = interviewerList();
        return names.size() <= MAX_INTERVIEWERS && names.stream().allMatch(name -> name.length() <= 200);
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getInterviewers() {
        return interviewers;
    }

    public void setInterviewers(String interviewers) {
        this.interviewers = interviewers;
    }

    public boolean isPreparedBehavioralAnswers() {
        return preparedBehavioralAnswers;
    }

    public void setPreparedBehavioralAnswers(boolean preparedBehavioralAnswers) {
        this.preparedBehavioralAnswers = preparedBehavioralAnswers;
    }

    public boolean isAskedThoughtfulQuestions() {
        return askedThoughtfulQuestions;
    }

    public void setAskedThoughtfulQuestions(boolean askedThoughtfulQuestions) {
        this.askedThoughtfulQuestions = askedThoughtfulQuestions;
    }

    public boolean isDressedForCulture() {
        return dressedForCulture;
    }

    public void setDressedForCulture(boolean dressedForCulture) {
        this.dressedForCulture = dressedForCulture;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
