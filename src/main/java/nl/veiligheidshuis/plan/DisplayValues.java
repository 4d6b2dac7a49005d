package nl.veiligheidshuis.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/** Values the plan's delegates hand to the engine: Json for the forms (Tasklist parses it), a plain list for the multi-instance. */
final class DisplayValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DisplayValues() {
    }

    /** A list or map as a Spin Json variable: forms read it as a list (table, checklist), never Java-serialized. */
    static TypedValue json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a display value as JSON", e);
        }
    }

    /**
     * The collection of the confirmation multi-instance: a {@code java.util.ArrayList<String>}, which the engine
     * stores as JSON through Spin ({@code default-serialization-format: application/json}).
     */
    static ArrayList<String> partners(List<String> partners) {
        return new ArrayList<>(partners);
    }
}
