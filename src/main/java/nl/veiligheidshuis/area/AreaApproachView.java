package nl.veiligheidshuis.area;

import java.time.Instant;
import java.time.LocalDate;

/** An area approach as the API shows it to process direction and the involved partners of the case's region. */
public record AreaApproachView(Long approachId, String caseNumber, String region, AreaApproachStatus status, int analysisRound,
        String analysisSummary, ApproachType approachType, String adviceText, String jointAgreements, String addressedAdministrator,
        Instant sentAt, AdministratorResponse administratorResponse, String responseNote, Instant respondedAt, LocalDate followUpDate,
        String effectNote, String startedBy, Instant startedAt, Instant completedAt) {

    static AreaApproachView of(AreaApproach a) {
        return new AreaApproachView(a.getId(), a.getCaseNumber(), a.getRegion(), a.getStatus(), a.getAnalysisRound(), a.getAnalysisSummary(),
                a.getApproachType(), a.getAdviceText(), a.getJointAgreements(), a.getAddressedAdministrator(), a.getSentAt(),
                a.getAdministratorResponse(), a.getResponseNote(), a.getRespondedAt(), a.getFollowUpDate(), a.getEffectNote(), a.getStartedBy(),
                a.getStartedAt(), a.getCompletedAt());
    }
}
