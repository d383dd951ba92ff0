package dev.rebound.api.privacy;

import java.util.UUID;

/**
 * An event whose {@link PersonalData} belongs to one person: the id under which their key is kept. Erasing that
 * person's personal data erases the key, so every value encrypted with it becomes unreadable at once.
 */
public interface DataSubject {

    /** The person the personal data in this event belongs to (a candidate id, or a member id for staff). */
    UUID dataSubjectId();
}
