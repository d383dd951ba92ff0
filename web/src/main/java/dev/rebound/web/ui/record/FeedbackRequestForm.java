package dev.rebound.web.ui.record;

import dev.rebound.api.common.Channel;
import dev.rebound.web.validation.QuestionKey;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of "Ask for feedback", with the rules of {@code POST /api/v1/applications/{id}/feedback-requests}:
 * questions chosen from the catalogue, and one in the candidate's own words.
 */
public class FeedbackRequestForm {

    static final int MAX_QUESTIONS = 10;

    @NotNull
    @DateTimeFormat(pattern = RecordForms.DATE_TIME, fallbackPatterns = RecordForms.DATE_TIME_WITH_SECONDS)
    private LocalDateTime sentAt;
    @NotNull
    private Channel channel;
    @Size(max = 200)
    private String contactName;
    @Size(max = MAX_QUESTIONS)
    private List<@QuestionKey String> questions = new ArrayList<>();
    @Size(max = 1000)
    private String ownQuestion;

    boolean hasOwnQuestion() {
        return ownQuestion != null && !ownQuestion.isBlank();
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public void setSentAt(LocalDateTime sentAt) {
        this.sentAt = sentAt;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public List<String> getQuestions() {
        return questions;
    }

    public void setQuestions(List<String> questions) {
        this.questions = questions == null ? new ArrayList<>() : questions;
    }

    public String getOwnQuestion() {
        return ownQuestion;
    }

    public void setOwnQuestion(String ownQuestion) {
        this.ownQuestion = ownQuestion;
    }
}
