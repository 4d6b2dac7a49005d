package nl.veiligheidshuis.casefile;

/** No case with this number that the caller may see (HTTP 404: existence is not revealed). */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String caseNumber) {
        super("Geen casus " + caseNumber + " gevonden die u mag inzien");
    }
}
