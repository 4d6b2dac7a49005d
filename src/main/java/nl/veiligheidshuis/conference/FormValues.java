package nl.veiligheidshuis.conference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * What Camunda Forms submit, as the delegates read it: a checklist is a Json variable (a list), a group with a path
 * a Json object; engine REST and tests may send Java lists and maps or JSON text instead. And what the forms show:
 * display lists and select options as Json variables, which Tasklist parses for tables and {@code valuesKey}.
 */
final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormValues() {
    }

    /** Strings of a checklist; empty when not submitted. */
    static List<String> strings(String field, Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList();
        }
        String json = String.valueOf(value).trim();
        if (json.isEmpty()) {
            return List.of();
        }
        try {
            List<Object> items = JSON.readValue(json, new TypeReference<List<Object>>() { });
            return items.stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList();
        } catch (JsonProcessingException notAList) {
            throw new InvalidInputException(List.of(new FieldError(field, "Verkeerd formaat: verwacht een lijst")));
        }
    }

    /** Texts of a group with a path, by field key; empty when not submitted. */
    static Map<String, String> texts(String field, Object value) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (value == null) {
            return texts;
        }
        Map<?, ?> map;
        if (value instanceof Map<?, ?> given) {
            map = given;
        } else {
            try {
                map = JSON.readValue(String.valueOf(value), new TypeReference<Map<String, Object>>() { });
            } catch (JsonProcessingException notAnObject) {
                throw new InvalidInputException(List.of(new FieldError(field, "Verkeerd formaat: verwacht een groep velden")));
            }
        }
        map.forEach((key, text) -> {
            if (key != null && text != null) {
                texts.put(String.valueOf(key), String.valueOf(text));
            }
        });
        return texts;
    }

    static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** A checkbox: Boolean, or "true" from a REST client. */
    static boolean ticked(Object value) {
        return Boolean.TRUE.equals(value) || value != null && "true".equalsIgnoreCase(String.valueOf(value).trim());
    }

    /** A list of records or maps as a Json variable, for a form's table or options. */
    static TypedValue json(List<?> items) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(items)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write display variable", e);
        }
    }

    /** A list of strings as the multi-instance collection: a {@code java.util.ArrayList}, serialized as JSON by Spin. */
    static ArrayList<String> collection(List<String> items) {
        return new ArrayList<>(items);
    }
}
