package nl.veiligheidshuis.area;

/** The case exists and may be seen, but has no area approach (HTTP 404). */
public class AreaApproachNotFoundException extends RuntimeException {

    public AreaApproachNotFoundException(String caseNumber) {
        super("Casus " + caseNumber + " heeft geen gebiedsaanpak");
    }
}
