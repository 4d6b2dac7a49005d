package nl.veiligheidshuis.funding;

/** No funding round for that year yet (HTTP 404). */
class FundingNotFoundException extends RuntimeException {

    FundingNotFoundException(int year) {
        super("Er is nog geen verdeling van de Rijksbijdrage voor " + year);
    }
}
