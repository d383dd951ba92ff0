package dev.rebound.web.ui.record;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The fields of "Record an application", with the rules of {@code POST /api/v1/candidates/{id}/applications}. */
public class ApplicationForm {

    @NotBlank
    @Size(max = 200)
    private String employerName;
    @NotBlank
    @Size(max = 200)
    private String roleTitle;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate appliedOn;
    @Size(max = 200)
    private String source;
    @Size(max = 2000)
    private String jobUrl;

    public String getEmployerName() {
        return employerName;
    }

    public void setEmployerName(String employerName) {
        this.employerName = employerName;
    }

    public String getRoleTitle() {
        return roleTitle;
    }

    public void setRoleTitle(String roleTitle) {
        this.roleTitle = roleTitle;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(LocalDate appliedOn) {
        this.appliedOn = appliedOn;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getJobUrl() {
        return jobUrl;
    }

    public void setJobUrl(String jobUrl) {
        this.jobUrl = jobUrl;
    }
}
