package nl.veiligheidshuis.casefile;

/** The caller may not do this for this region or partner (HTTP 403). */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
