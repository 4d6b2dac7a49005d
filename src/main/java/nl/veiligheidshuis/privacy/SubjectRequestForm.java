package nl.veiligheidshuis.privacy;

import static nl.veiligheidshuis.privacy.SubjectRequestProcess.*;

import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;

/** The fields of the start form and the handling form, as the services take them. */
final class SubjectRequestForm {

    private SubjectRequestForm() {
    }

    static SubjectRequests.RequestInput request(Map<String, Object> variables) {
        return new SubjectRequests.RequestInput(text(variables, REGION), text(variables, REQUEST_KIND), subjectId(variables.get(SUBJECT_ID)),
                text(variables, REQUEST_GIVEN_NAME), text(variables, REQUEST_FAMILY_NAME), text(variables, REQUEST_DATE_OF_BIRTH),
                text(variables, REQUEST_RECEIVED_ON), text(variables, REQUEST_CHANNEL));
    }

    static SubjectRequests.DecisionInput decision(Map<String, Object> variables) {
        return new SubjectRequests.DecisionInput(text(variables, REQUEST_DECISION), text(variables, CORRECTION_FIELD),
                text(variables, CORRECTION_VALUE), text(variables, ERASURE_GROUND), text(variables, REFUSAL_GROUND),
                text(variables, REFUSAL_REASON));
    }

    /** A number field submits an Integer; engine REST may send a Long or digits. */
    static Long subjectId(Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new FieldError(SUBJECT_ID, "Het nummer van de betrokkene bestaat uit cijfers")));
        }
    }

    private static String text(Map<String, Object> variables, String name) {
        Object value = variables.get(name);
        return value == null ? null : value.toString();
    }
}
