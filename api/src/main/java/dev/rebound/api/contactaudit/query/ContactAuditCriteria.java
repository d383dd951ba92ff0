package dev.rebound.api.contactaudit.query;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;

import java.time.Instant;

/**
 * Which audited contacts to show; every criterion is optional (null) and they all apply together. A blank name part
 * counts as none.
 *
 * @param from                 only contacts that occurred at or after this instant (inclusive)
 * @param to                   only contacts that occurred before this instant (exclusive)
 * @param employerId           only contacts with this employer
 * @param employerNameContains only contacts with an employer whose name contains this text, ignoring case
 * @param candidateId          only contacts made by (or with) this candidate
 */
public record ContactAuditCriteria(
        Instant from,
        Instant to,
        EmployerId employerId,
        String employerNameContains,
        CandidateId candidateId) {

    public ContactAuditCriteria {
        employerNameContains = employerNameContains == null || employerNameContains.isBlank() ? null
                : employerNameContains.strip();
    }

    public static ContactAuditCriteria everything() {
        return new ContactAuditCriteria(null, null, null, null, null);
    }
}
