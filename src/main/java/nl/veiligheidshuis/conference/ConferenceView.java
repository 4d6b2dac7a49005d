package nl.veiligheidshuis.conference;

import java.time.Instant;
import java.util.List;

/** A case's latest conference as {@code GET /api/cases/{caseNumber}/conference} returns it to an involved partner. */
public record ConferenceView(String caseNumber, String status, String casePhase, Instant scheduledAt, String mode, String location,
        Instant preparationDue, List<Participant> partners, String proposedCaseDirector, String caseDirectorRationale, Outcome outcome) {

    /** A partner proposed or added: why, whether it takes part, its preparation and attendance. */
    public record Participant(String partner, String name, boolean proposed, String attendance, String selectionReason, boolean selected,
            String change, String changeReason, String preparation, String legalBasis, String attendeeName, String attendeeFunction,
            Boolean attendeeHasMandate, Boolean present, Boolean presentWithMandate) {
    }

    /** The record, once the conference is held. */
    public record Outcome(String systemAnalysis, String familyMembersAtRisk, String decisions, String caseDirectorPartner,
            String caseDirectorUser, Instant recordedAt) {
    }
}
