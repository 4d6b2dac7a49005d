package nl.veiligheidshuis.escalation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** The display variable {@code levelHistory}: the levels reached as a Json list for the forms, without names or texts. */
@Component
class LevelHistory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Escalations escalations;

    LevelHistory(Escalations escalations) {
        this.escalations = escalations;
    }

    TypedValue of(Long escalationId) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(escalations.history(escalationId))).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
