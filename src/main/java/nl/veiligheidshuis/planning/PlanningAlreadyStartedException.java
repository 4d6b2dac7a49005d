package nl.veiligheidshuis.planning;

/** The planning of that region and week was started before (HTTP 409): one planning per region and week. */
class PlanningAlreadyStartedException extends RuntimeException {

    PlanningAlreadyStartedException(String region, PlanningWeek week) {
        super("De weekplanning casusoverleg voor regio '" + region + "' in week " + week + " is al gestart");
    }
}
