package nl.veiligheidshuis.casefile;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks the rules (HTTP 400, one message per wrong field): nothing of it is stored. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("De invoer is niet volledig of niet juist: "
                + errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
