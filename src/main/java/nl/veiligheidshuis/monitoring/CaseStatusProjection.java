package nl.veiligheidshuis.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case status projection (vh_case_status): phase, plan version, open and overdue agreements, partly and not
 * kept ones, and the next evaluation. Every change locks the case's row and recounts from vh_agreement_tracking,
 * so a repeated or concurrent update gives the same result (idempotent); nobody has to walk process history.
 */
@Service
class CaseStatusProjection {

    private final CaseStatusRepository statuses;
    private final AgreementTrackingRepository trackings;
    private final Clock clock;

    CaseStatusProjection(CaseStatusRepository statuses, AgreementTrackingRepository trackings, Clock clock) {
        this.statuses = statuses;
        this.trackings = trackings;
        this.clock = clock;
    }

    /** Monitoring of a plan version starts: phase MONITORING, that version's counts, no evaluation planned yet. */
    @Transactional
    void startMonitoring(Long caseId, int planVersion) {
        Instant now = clock.instant();
        CaseStatusRecord status = statuses.findForUpdate(caseId)
                .orElseGet(() -> statuses.saveAndFlush(new CaseStatusRecord(caseId, StatusPhase.MONITORING, planVersion, now)));
        status.phase(StatusPhase.MONITORING, now);
        status.planVersion(planVersion, now);
        status.nextEvaluation(null, now);
        status.counts(count(caseId, planVersion), now);
    }

    /** Recounts the agreements of the version the projection shows. */
    @Transactional
    StatusCounts recount(Long caseId) {
        CaseStatusRecord status = locked(caseId);
        StatusCounts counts = status.getPlanVersion() == null ? StatusCounts.NONE : count(caseId, status.getPlanVersion());
        status.counts(counts, clock.instant());
        return counts;
    }

    @Transactional
    void enter(Long caseId, StatusPhase phase) {
        CaseStatusRecord status = locked(caseId);
        Instant now = clock.instant();
        status.phase(phase, now);
        if (phase != StatusPhase.MONITORING && phase != StatusPhase.AFTERCARE) {
            status.nextEvaluation(null, now);
        }
    }

    /**
     * The next evaluation (or, after closing, the aftercare check) falls due an interval of monitoring-frequency
     * from now, as the engine's timer does.
     *
     * @return when it is due
     */
    @Transactional
    Instant scheduleNext(Long caseId, String isoInterval) {
        Instant now = clock.instant();
        Instant next = Schedule.after(now, isoInterval);
        locked(caseId).nextEvaluation(next, now);
        return next;
    }

    StatusCounts count(Long caseId, int planVersion) {
        Map<AgreementState, Integer> perState = new EnumMap<>(AgreementState.class);
        for (Object[] row : trackings.countByState(caseId, planVersion)) {
            perState.put((AgreementState) row[0], ((Number) row[1]).intValue());
        }
        return StatusCounts.of(perState);
    }

    private CaseStatusRecord locked(Long caseId) {
        return statuses.findForUpdate(caseId)
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no status projection: monitoring did not start"));
    }
}
