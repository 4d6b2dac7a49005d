package nl.veiligheidshuis.agenda;

/** An agenda process for that region and period is running already (HTTP 409): one at a time. */
class AgendaAlreadyRunningException extends RuntimeException {

    AgendaAlreadyRunningException(String region, AgendaPeriod period) {
        super("De strategische agenda van regio '" + region + "' voor " + period + " is al in behandeling");
    }
}
