package dev.rebound.infra.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rebound.api.privacy.PersonalData;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Where a record type keeps {@link PersonalData}: its own marked components, and those of the records (and lists of
 * records) it holds. Applies a function to exactly those values of the record's JSON form, leaving everything else
 * (ids, times, codes, figures) as it is.
 */
final class PersonalDataLayout {

    private static final PersonalDataLayout NONE = new PersonalDataLayout(List.of(), Map.of());
    private static final Map<Class<?>, PersonalDataLayout> LAYOUTS = new ConcurrentHashMap<>();

    private final List<String> personal;
    private final Map<String, PersonalDataLayout> nested;

    private PersonalDataLayout(List<String> personal, Map<String, PersonalDataLayout> nested) {
        this.personal = personal;
        this.nested = nested;
    }

    static PersonalDataLayout of(Class<?> type) {
        PersonalDataLayout known = LAYOUTS.get(type);
        if (known != null) {
            return known;
        }
        PersonalDataLayout layout = analyse(type);
        LAYOUTS.put(type, layout);
        return layout;
    }

    private static PersonalDataLayout analyse(Class<?> type) {
        if (type == null || !type.isRecord()) {
            return NONE;
        }
        List<String> personal = new ArrayList<>();
        Map<String, PersonalDataLayout> nested = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(PersonalData.class)) {
                requireText(type, component);
                personal.add(component.getName());
                continue;
            }
            Class<?> held = component.getType();
            if (List.class.isAssignableFrom(held) && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                held = element;
            }
            if (held != type && held.isRecord()) {
                PersonalDataLayout inner = of(held);
                if (inner.holdsPersonalData()) {
                    nested.put(component.getName(), inner);
                }
            }
        }
        return personal.isEmpty() && nested.isEmpty() ? NONE : new PersonalDataLayout(List.copyOf(personal), nested);
    }

    private static void requireText(Class<?> type, RecordComponent component) {
        boolean text = component.getType() == String.class
                || List.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == String.class;
        if (!text) {
            throw new IllegalStateException("@PersonalData on " + type.getName() + "." + component.getName()
                    + " needs a String or List<String>");
        }
    }

    boolean holdsPersonalData() {
        return !personal.isEmpty() || !nested.isEmpty();
    }

    /** Replaces every personal text value of the record's JSON form by the function's answer; nulls stay null. */
    void transform(JsonNode node, UnaryOperator<String> function) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        for (String name : personal) {
            JsonNode value = object.get(name);
            if (value != null && value.isTextual()) {
                object.set(name, TextNode.valueOf(function.apply(value.asText())));
            } else if (value instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.get(i).isTextual()) {
                        array.set(i, TextNode.valueOf(function.apply(array.get(i).asText())));
                    }
                }
            }
        }
        nested.forEach((name, layout) -> {
            JsonNode value = object.get(name);
            if (value instanceof ArrayNode array) {
                array.forEach(element -> layout.transform(element, function));
            } else {
                layout.transform(value, function);
            }
        });
    }
}
