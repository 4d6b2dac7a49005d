package nl.veiligheidshuis.escalation;

/**
 * Body of {@code POST /api/escalations} (and the fields of the start form {@code escalation-start}): the VH manager
 * escalates a structural bottleneck without a case. {@code level} is where the bottleneck sits and from where it is
 * escalated: {@code TACTICAL} goes to the regional steering group, {@code STRATEGIC} to the national meeting.
 */
public record StructuralEscalationRequest(String region, String level, String reason, String description) {
}
