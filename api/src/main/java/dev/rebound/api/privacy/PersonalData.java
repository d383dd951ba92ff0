package dev.rebound.api.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component of an event (or of a value inside one) that holds personal data: a name, an e-mail, a
 * contact, feedback text, a message, a note. The event store keeps such a value only encrypted with the key of the
 * event's {@link DataSubject}; when that key is erased the value reads as {@link #ERASED}.
 *
 * <p>Allowed on components of type {@code String} and {@code List<String>} (each element is encrypted on its own, so
 * the list keeps its size).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface PersonalData {

    /** What an erased value reads as, wherever it is shown. */
    String ERASED = "[erased]";
}
