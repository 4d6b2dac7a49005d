package nl.veiligheidshuis.monitoring;

import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseAccess;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseNotFoundException;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the case status projection with need to know: a caller who may not see the case gets 404 (its existence
 * is not revealed), as for the case itself; every read is logged.
 */
@Service
public class CaseStatuses {

    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final CaseStatusRepository statuses;
    private final AccessLog accessLog;

    CaseStatuses(CaseFileRepository cases, CaseAccess access, CaseStatusRepository statuses, AccessLog accessLog) {
        this.cases = cases;
        this.access = access;
        this.statuses = statuses;
        this.accessLog = accessLog;
    }

    @Transactional
    public CaseStatusView read(String caseNumber, Caller caller, AccessLog.Channel channel) {
        CaseFile caseFile = cases.findByCaseNumber(caseNumber).filter(c -> access.maySee(caller, c))
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
        accessLog.record(caller.userId(), caller.groups(), caseNumber, null, AccessAction.READ, channel, "casusstatus inzien");
        return statuses.findById(caseFile.getId())
                .map(s -> new CaseStatusView(caseNumber, caseFile.getStatus().name(), s.getPhase().name(), s.getPlanVersion(),
                        s.getOpenAgreements(), s.getOverdueAgreements(), s.getPartlyDone(), s.getNotDone(), s.getNextEvaluation(),
                        s.getUpdatedAt()))
                .orElseGet(() -> new CaseStatusView(caseNumber, caseFile.getStatus().name(), caseFile.getPhase().name(), null, 0, 0, 0, 0,
                        null, null));
    }
}
