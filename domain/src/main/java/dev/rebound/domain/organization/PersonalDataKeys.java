package dev.rebound.domain.organization;

import java.util.UUID;

/**
 * The keys personal data in events is encrypted with, one per data subject. Erasing a subject's key makes every
 * personal value of theirs unreadable, in the event store and in everything copied from it; it runs in the same
 * transaction as the event that records the erasure.
 */
public interface PersonalDataKeys {

    void erase(UUID dataSubjectId);
}
