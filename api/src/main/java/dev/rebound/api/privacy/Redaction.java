package dev.rebound.api.privacy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A copy of a message record as it reads once its subject's personal data is erased: every {@link PersonalData}
 * value replaced by {@link PersonalData#ERASED}, in nested records and lists of records too. Read models use it to
 * keep, beside a text composed from personal data, the text it will become, so that an erasure can scrub them to
 * exactly what a replay would build.
 */
public final class Redaction {

    private Redaction() {
    }

    public static <T> T redact(T message) {
        return message == null ? null : redactValue(message);
    }

    @SuppressWarnings("unchecked")
    private static <T> T redactValue(T value) {
        Class<?> type = value.getClass();
        if (!type.isRecord()) {
            return value;
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            Object current = read(component, value);
            if (component.isAnnotationPresent(PersonalData.class)) {
                arguments[i] = erased(current);
            } else if (current instanceof List<?> list && holdsRecords(component)) {
                List<Object> copy = new ArrayList<>(list.size());
                list.forEach(element -> copy.add(element == null ? null : redactValue(element)));
                arguments[i] = Collections.unmodifiableList(copy);
            } else if (current != null && current.getClass().isRecord()) {
                arguments[i] = redactValue(current);
            } else {
                arguments[i] = current;
            }
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return (T) canonical.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy " + type.getName() + " without its personal data", e);
        }
    }

    private static Object erased(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return Collections.nCopies(list.size(), PersonalData.ERASED);
        }
        return PersonalData.ERASED;
    }

    private static boolean holdsRecords(RecordComponent component) {
        return component.getGenericType() instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord();
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
