package dev.rebound.web.ui.candidate;

/** "Erase my personal data": the word the person types to confirm that they mean it. */
public class EraseForm {

    /** What must be typed, exactly (surrounding spaces aside). */
    static final String CONFIRMATION = "ERASE";

    private String confirmation;

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    boolean confirmed() {
        return confirmation != null && CONFIRMATION.equals(confirmation.strip());
    }
}
