package nl.veiligheidshuis.agenda;

/** The region has no adopted agenda (for that period) yet (HTTP 404). */
class AgendaNotFoundException extends RuntimeException {

    AgendaNotFoundException(String region, AgendaPeriod period) {
        super("Regio '" + region + "' heeft nog geen vastgestelde strategische agenda" + (period == null ? "" : " voor " + period));
    }
}
