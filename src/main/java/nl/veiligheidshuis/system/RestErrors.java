package nl.veiligheidshuis.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.veiligheidshuis.casefile.CaseNotFoundException;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every error of the application's API as an RFC 9457 problem detail, with one entry per wrong field. */
@RestControllerAdvice(basePackages = "nl.veiligheidshuis")
class RestErrors {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return withErrors(e.getErrors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            String message = mapping instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException
                    ? "Onbekend veld" : "Verkeerde waarde of verkeerd formaat";
            return withErrors(List.of(new FieldError(field, message)));
        }
        return withErrors(List.of(new FieldError("body", "De aanvraag is geen geldige JSON")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Stuur JSON (application/json)");
    }

    @ExceptionHandler({NotPermittedException.class, AuthorizationException.class})
    ProblemDetail forbidden(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Niet toegestaan");
        return problem;
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ProblemDetail notFound(CaseNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }

    private static ProblemDetail withErrors(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "De aanvraag is niet volledig of niet juist (" + errors.size() + (errors.size() == 1 ? " fout)" : " fouten)"));
        problem.setTitle("Ongeldige invoer");
        problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return problem;
    }
}
