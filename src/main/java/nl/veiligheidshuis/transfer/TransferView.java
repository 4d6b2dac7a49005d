package nl.veiligheidshuis.transfer;

import java.time.Instant;

/** A transfer as the API shows it: references, who decided and when; the decline reason for process direction only. */
public record TransferView(Long transferId, String originCaseNumber, String originRegion, String targetRegion, TransferStatus status,
        String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, String declineReason, String newCaseNumber) {

    static TransferView of(CaseTransfer t) {
        return new TransferView(t.getId(), t.getOriginCaseNumber(), t.getOriginRegion(), t.getTargetRegion(), t.getStatus(), t.getRequestedBy(),
                t.getRequestedAt(), t.getDecidedBy(), t.getDecidedAt(), t.getDeclineReason(), t.getNewCaseNumber());
    }
}
