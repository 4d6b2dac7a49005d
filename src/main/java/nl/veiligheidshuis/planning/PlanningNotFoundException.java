package nl.veiligheidshuis.planning;

/** No planning of that region and week yet (HTTP 404). */
class PlanningNotFoundException extends RuntimeException {

    PlanningNotFoundException(String region, PlanningWeek week) {
        super("Er is nog geen weekplanning casusoverleg voor regio '" + region + "' in week " + week);
    }
}
