package nl.veiligheidshuis.plan;

/** The case may be seen, but it has no plan (or not that version): HTTP 404. */
class PlanNotFoundException extends RuntimeException {

    PlanNotFoundException(String message) {
        super(message);
    }
}
