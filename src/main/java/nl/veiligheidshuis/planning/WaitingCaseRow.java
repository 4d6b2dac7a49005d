package nl.veiligheidshuis.planning;

import java.time.Instant;

/** One selected partner of a case waiting for its conference, as the waiting-cases query reads it. */
public record WaitingCaseRow(Long caseId, String caseNumber, String priority, Instant scheduledAt, Instant participantsChosenAt,
        String partnerGroup) {
}
