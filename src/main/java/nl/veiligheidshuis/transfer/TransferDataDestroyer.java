package nl.veiligheidshuis.transfer;

import java.util.Map;
import nl.veiligheidshuis.privacy.CaseDataDestroyer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** At the end of a closed case's retention term: its transfer records go with it (the new case has its own term). */
@Component
class TransferDataDestroyer implements CaseDataDestroyer {

    private final CaseTransferRepository transfers;

    TransferDataDestroyer(CaseTransferRepository transfers) {
        this.transfers = transfers;
    }

    @Override
    @Transactional
    public Map<String, Integer> destroyCase(long caseId, String caseNumber) {
        return Map.of("vh_case_transfer", transfers.deleteByCase(caseId));
    }
}
