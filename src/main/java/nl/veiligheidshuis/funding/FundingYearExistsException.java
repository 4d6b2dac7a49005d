package nl.veiligheidshuis.funding;

/** That year's round was started before (HTTP 409): one round per year. */
class FundingYearExistsException extends RuntimeException {

    FundingYearExistsException(int year) {
        super("De verdeling van de Rijksbijdrage voor " + year + " is al gestart");
    }
}
