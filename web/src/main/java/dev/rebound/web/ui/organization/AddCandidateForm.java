package dev.rebound.web.ui.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The fields of "Add a candidate", with the rules of {@code POST /api/v1/organizations/{id}/members} (the role is
 * {@code CANDIDATE}).
 */
public class AddCandidateForm {

    @NotBlank
    @Size(max = 200)
    private String displayName;
    @NotBlank
    @Email
    @Size(max = 320)
    private String email;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
