package nl.veiligheidshuis.area;

/** The area approach cannot be started or changed in the state it is in (HTTP 409). */
public class AreaApproachConflictException extends RuntimeException {

    public AreaApproachConflictException(String message) {
        super(message);
    }
}
