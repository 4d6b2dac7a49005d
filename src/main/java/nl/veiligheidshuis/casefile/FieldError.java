package nl.veiligheidshuis.casefile;

/** One wrong field of a request, named by its JSON path, with a Dutch message for the professional. */
public record FieldError(String field, String message) {
}
