package dev.rebound.web.ui.record;

import dev.rebound.api.common.Channel;
import dev.rebound.api.employer.ContactDirection;
import dev.rebound.api.employer.ContactPurpose;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The fields of "Contact an employer", with the rules of {@code POST /api/v1/candidates/{id}/employer-contacts}.
 * {@code reviewedMessage} is the message whose tone warnings the candidate has seen: a message with warnings is only
 * sent once they have seen the warnings of exactly that text.
 */
public class ContactForm {

    @NotNull
    private UUID employerId;
    @NotNull
    @DateTimeFormat(pattern = RecordForms.DATE_TIME, fallbackPatterns = RecordForms.DATE_TIME_WITH_SECONDS)
    private LocalDateTime contactedAt;
    @NotNull
    private ContactDirection direction;
    @NotNull
    private Channel channel;
    @NotNull
    private ContactPurpose purpose;
    @Size(max = 200)
    private String contactName;
    @Size(max = 10000)
    private String message;
    private String reviewedMessage;

    public UUID getEmployerId() {
        return employerId;
    }

    public void setEmployerId(UUID employerId) {
        this.employerId = employerId;
    }

    public LocalDateTime getContactedAt() {
        return contactedAt;
    }

    public void setContactedAt(LocalDateTime contactedAt) {
        this.contactedAt = contactedAt;
    }

    public ContactDirection getDirection() {
        return direction;
    }

    public void setDirection(ContactDirection direction) {
        this.direction = direction;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public ContactPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(ContactPurpose purpose) {
        this.purpose = purpose;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getReviewedMessage() {
        return reviewedMessage;
    }

    public void setReviewedMessage(String reviewedMessage) {
        this.reviewedMessage = reviewedMessage;
    }
}
