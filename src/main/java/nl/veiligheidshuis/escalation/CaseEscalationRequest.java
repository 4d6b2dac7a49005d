package nl.veiligheidshuis.escalation;

/**
 * Body of {@code POST /api/cases/{caseNumber}/escalations}: an involved professional escalates (§5.6). The texts go
 * into vh_escalation, never into the engine.
 */
public record CaseEscalationRequest(String reason, String whatHappened, String whatWasTried) {
}
