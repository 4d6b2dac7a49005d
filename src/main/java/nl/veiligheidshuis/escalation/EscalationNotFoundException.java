package nl.veiligheidshuis.escalation;

/** No escalation with this id that the caller may see (HTTP 404: existence is not revealed). */
class EscalationNotFoundException extends RuntimeException {

    EscalationNotFoundException(Long id) {
        super("Geen opschaling " + id + " gevonden die u mag inzien");
    }
}
