package dev.rebound.web.ui.record;

import jakarta.validation.constraints.Size;

/** The fields of "Mark a weakness addressed", with the rules of {@code PUT .../weaknesses/{key}/addressed}. */
public class AddressedForm {

    @Size(max = 4000)
    private String note;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
