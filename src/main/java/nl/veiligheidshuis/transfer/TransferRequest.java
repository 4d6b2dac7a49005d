package nl.veiligheidshuis.transfer;

/** Body of {@code POST /api/cases/{caseNumber}/transfers}: the region that is to take the case over. */
public record TransferRequest(String targetRegion) {
}
