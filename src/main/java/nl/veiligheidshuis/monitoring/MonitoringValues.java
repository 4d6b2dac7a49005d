package nl.veiligheidshuis.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/** Values the monitoring's delegates hand to the engine: Json for the forms, plain lists for the multi-instances, Dates. */
final class MonitoringValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MonitoringValues() {
    }

    /** A list or map as a Spin Json variable: forms read it (table, text), never Java-serialized. */
    static TypedValue json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a display value as JSON", e);
        }
    }

    /**
     * The collection of a multi-instance: a {@code java.util.ArrayList<String>}, which the engine stores as JSON
     * through Spin ({@code default-serialization-format: application/json}).
     */
    static ArrayList<String> list(List<String> values) {
        return new ArrayList<>(values);
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
