package nl.veiligheidshuis.monitoring;

import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.AFTERCARE_DECISION;
import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.REOPEN_REASON;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.casefile.CaseStatus;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.Involvements;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a case (afschalen) after the director's decision: the partners involved at that moment receive the
 * closing summary, the case closes (every involvement ends: need to know), and the former case director checks the
 * situation after the aftercare term: stable, or the case reopens (same case number, history kept). Knows nothing
 * of the engine: the delegates call it.
 */
@Service
class Closures {

    static final int REASON_MAX = 2000;

    private final CaseClosureRepository closures;
    private final CaseStatusProjection projection;
    private final CaseFiles caseFiles;
    private final Involvements involvements;
    private final AccessLog accessLog;
    private final Clock clock;

    Closures(CaseClosureRepository closures, CaseStatusProjection projection, CaseFiles caseFiles, Involvements involvements,
            AccessLog accessLog, Clock clock) {
        this.closures = closures;
        this.projection = projection;
        this.caseFiles = caseFiles;
        this.involvements = involvements;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The partners involved now, before the case closes: each receives the closing summary. */
    @Transactional
    public List<String> partnersToInform(Long caseId) {
        CaseClosure closure = latest(caseId);
        List<String> partners = new ArrayList<>(involvements.activePartners(caseId));
        closure.informed(partners);
        accessLog.record(null, null, caseFiles.byId(caseId).getCaseNumber(), null, AccessAction.UPDATE, AccessLog.Channel.PROCESS,
                "afschalen (" + closure.getReason().label() + "): afsluitende samenvatting naar " + String.join(", ", partners));
        return partners;
    }

    /** The closing summary for one partner's notice. */
    @Transactional
    public String summaryFor(Long caseId, String partner) {
        CaseClosure closure = latest(caseId);
        accessLog.record(null, null, caseFiles.byId(caseId).getCaseNumber(), null, AccessAction.READ, AccessLog.Channel.PROCESS,
                "afsluitende samenvatting klaargezet voor " + partner);
        return closure.getSummary();
    }

    /**
     * Closes the case with the closing's reason: every involvement ends, partners lose sight of the case. The
     * projection shows AFTERCARE when an aftercare check follows, else CLOSED. A repeated call changes nothing.
     *
     * @return when the case closed
     */
    @Transactional
    public Instant close(Long caseId, String byUser) {
        CaseClosure closure = latest(caseId);
        if (closure.getClosedAt() != null) {
            return closure.getClosedAt();
        }
        CloseReason reason = closure.getReason();
        caseFiles.close(caseId, CaseStatus.CLOSED, "AFGESCHAALD_" + reason.name() + ": " + reason.label()
                + (closure.getTargetRegion() == null ? "" : " (regio " + closure.getTargetRegion() + ")"), byUser);
        closure.closed(clock.instant());
        projection.enter(caseId, reason.needsAftercare() ? StatusPhase.AFTERCARE : StatusPhase.CLOSED);
        return closure.getClosedAt();
    }

    /** The aftercare check: stable, or reopen with a reason (required). Wrong input stores nothing. */
    @Transactional
    public AftercareDecision recordAftercare(Long caseId, String decision, String reopenReason, String byUser) {
        List<FieldError> errors = new ArrayList<>();
        AftercareDecision checked = null;
        try {
            checked = AftercareDecision.valueOf(decision);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new FieldError(AFTERCARE_DECISION, "Kies situatie stabiel of casus heropenen"));
        }
        String reason = reopenReason == null || reopenReason.isBlank() ? null : reopenReason.trim();
        if (checked == AftercareDecision.REOPEN && reason == null) {
            errors.add(new FieldError(REOPEN_REASON, "Geef de reden om de casus te heropenen"));
        } else if (reason != null && reason.length() > REASON_MAX) {
            errors.add(new FieldError(REOPEN_REASON, "De reden is maximaal " + REASON_MAX + " tekens"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CaseClosure closure = latest(caseId);
        if (closure.getClosedAt() == null) {
            throw new IllegalStateException("Case " + caseId + " is not closed: no aftercare check");
        }
        closure.aftercare(checked, checked == AftercareDecision.REOPEN ? reason : null, byUser, clock.instant());
        if (checked == AftercareDecision.STABLE) {
            projection.enter(caseId, StatusPhase.CLOSED);
        }
        accessLog.record(byUser, null, caseFiles.byId(caseId).getCaseNumber(), null, AccessAction.UPDATE, AccessLog.Channel.TASKLIST,
                "nazorgcheck: " + (checked == AftercareDecision.STABLE ? "situatie stabiel" : "casus heropenen"));
        return checked;
    }

    /**
     * Reopens the case after the aftercare check: same case number, history kept, status ACCEPTED; the former case
     * director's partner is involved again so the new case conference can start.
     */
    @Transactional
    public void reopen(Long caseId, String caseDirectorPartner) {
        CaseClosure closure = latest(caseId);
        if (closure.getAftercareDecision() != AftercareDecision.REOPEN) {
            throw new IllegalStateException("Case " + caseId + " was not found unstable at its aftercare check");
        }
        caseFiles.reopen(caseId, "nazorgcheck: situatie niet stabiel", closure.getAftercareBy(), caseDirectorPartner);
        projection.enter(caseId, StatusPhase.CONFERENCE);
    }

    CaseClosure latest(Long caseId) {
        return closures.findFirstByCaseIdOrderByIdDesc(caseId)
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no closing"));
    }
}
