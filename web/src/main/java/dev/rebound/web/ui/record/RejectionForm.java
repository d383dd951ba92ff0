package dev.rebound.web.ui.record;

import dev.rebound.api.common.Channel;
import dev.rebound.api.common.Stage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;

/** The fields of "Record the rejection", with the rules of {@code POST /api/v1/applications/{id}/rejection}. */
public class RejectionForm {

    @NotNull
    @DateTimeFormat(pattern = RecordForms.DATE_TIME, fallbackPatterns = RecordForms.DATE_TIME_WITH_SECONDS)
    private LocalDateTime receivedAt;
    @NotNull
    private Stage stageReached;
    @NotNull
    private Channel channel;
    @Size(max = 4000)
    private String reasonGiven;

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public Stage getStageReached() {
        return stageReached;
    }

    public void setStageReached(Stage stageReached) {
        this.stageReached = stageReached;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getReasonGiven() {
        return reasonGiven;
    }

    public void setReasonGiven(String reasonGiven) {
        this.reasonGiven = reasonGiven;
    }
}
