package dev.rebound.web.ui.record;

import jakarta.validation.constraints.Size;

/**
 * The fields of "Mark do-not-contact" and of lifting the mark, with the rules of
 * {@code PUT /api/v1/candidates/{id}/employers/{employerId}/do-not-contact}: what the mark is to be, and why.
 */
public class DoNotContactForm {

    private boolean doNotContact;
    @Size(max = 2000)
    private String reason;

    public boolean isDoNotContact() {
        return doNotContact;
    }

    public void setDoNotContact(boolean doNotContact) {
        this.doNotContact = doNotContact;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
