package nl.veiligheidshuis.monitoring;

import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.*;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.monitoring.FixedPlanAgreements.PlannedAgreement;
import nl.veiligheidshuis.organisation.RegionRepository;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case director's evaluations of the plan (§5.4 casusregie): what the director reads (the state of every
 * agreement) and what the director decides: continue, adjust the plan, call a new case conference, or close with a
 * reason and a closing summary. Knows nothing of the engine: the delegates call it.
 */
@Service
class Evaluations {

    static final int NOTE_MAX = 2000;
    static final int SUMMARY_MAX = 4000;
    /** A BSN has nine digits (sometimes eight): the summary goes to every involved partner, never with a BSN. */
    static final Pattern LOOKS_LIKE_BSN = Pattern.compile("(?<!\\d)\\d{8,9}(?!\\d)");

    /** What the evaluation form shows: a row per agreement and the counts. */
    record Overview(List<Map<String, String>> agreements, Map<String, Integer> counts) {
    }

    /** What the director submitted on {@code monitoring-evaluation}, as the form sends it. */
    record EvaluationInput(String decision, String note, String closeReason, String targetRegion, String closingSummary) {
    }

    /** The checked decision; for a closing its reason and, when the person moved, the region that takes over. */
    record EvaluationResult(EvaluationDecision decision, CloseReason closeReason, String targetRegion) {
    }

    private final AgreementTracker tracker;
    private final FixedPlanAgreements plan;
    private final MonitoringEvaluationRepository evaluations;
    private final CaseClosureRepository closures;
    private final CaseStatusProjection projection;
    private final CaseFiles caseFiles;
    private final RegionRepository regions;
    private final AccessLog accessLog;
    private final Clock clock;

    Evaluations(AgreementTracker tracker, FixedPlanAgreements plan, MonitoringEvaluationRepository evaluations, CaseClosureRepository closures,
            CaseStatusProjection projection, CaseFiles caseFiles, RegionRepository regions, AccessLog accessLog, Clock clock) {
        this.tracker = tracker;
        this.plan = plan;
        this.evaluations = evaluations;
        this.closures = closures;
        this.projection = projection;
        this.caseFiles = caseFiles;
        this.regions = regions;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The state of every agreement of the version for the director: partner, due date, reported state, explanation. */
    @Transactional
    public Overview overview(Long caseId, int version) {
        CaseFile caseFile = caseFiles.byId(caseId);
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (PlannedAgreement agreement : plan.of(caseId, version)) {
            descriptions.put(agreement.key(), agreement.description());
        }
        Map<String, String> partners = tracker.partnerNames();
        List<Map<String, String>> rows = new ArrayList<>();
        for (AgreementTracking t : tracker.trackingsOf(caseId, version)) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("key", t.getAgreementKey());
            row.put("partner", partners.getOrDefault(t.getPartnerGroup(), t.getPartnerGroup()));
            row.put("description", descriptions.getOrDefault(t.getAgreementKey(), "-"));
            row.put("dueDate", AgreementTracker.DUTCH_DATE.format(t.getDueDate()));
            row.put("state", t.getState().label());
            row.put("explanation", t.getExplanation() == null ? "-" : t.getExplanation());
            row.put("escalated", t.isEscalated() ? "ja" : "nee");
            rows.add(row);
        }
        StatusCounts counts = projection.count(caseId, version);
        Map<String, Integer> totals = new LinkedHashMap<>();
        totals.put("total", counts.total());
        totals.put("open", counts.open());
        totals.put("overdue", counts.overdue());
        totals.put("done", counts.done());
        totals.put("partlyDone", counts.partlyDone());
        totals.put("notDone", counts.notDone());
        totals.put("escalated", (int) tracker.trackingsOf(caseId, version).stream().filter(AgreementTracking::isEscalated).count());
        accessLog.record(null, null, caseFile.getCaseNumber(), null, AccessAction.READ, AccessLog.Channel.PROCESS,
                "stand van de afspraken van plan versie " + version + " klaargezet voor de evaluatie");
        return new Overview(rows, totals);
    }

    /**
     * Checks and records the director's decision, all errors at once: a decision; a note when adjusting the plan or
     * calling a new conference; a reason and a summary without BSN when closing, and a known other region when the
     * person moved. A decision that stops the monitoring ends the version's trackings; a closing is stored here and
     * carried out by the next steps.
     */
    @Transactional
    public EvaluationResult record(Long caseId, int version, EvaluationInput input, String decidedBy) {
        CaseFile caseFile = caseFiles.byId(caseId);
        List<FieldError> errors = new ArrayList<>();
        EvaluationDecision decision = parse(EvaluationDecision.class, input.decision(), EVALUATION_DECISION,
                "Kies doorgaan, plan aanpassen, nieuw casusoverleg of afschalen", errors);
        String note = text(input.note());
        if (note == null && decision == EvaluationDecision.ADJUST_PLAN) {
            errors.add(new FieldError(EVALUATION_NOTE, "Licht toe wat er in het plan moet veranderen"));
        } else if (note == null && decision == EvaluationDecision.NEW_CONFERENCE) {
            errors.add(new FieldError(EVALUATION_NOTE, "Licht toe waarom een nieuw casusoverleg nodig is"));
        } else if (note != null && note.length() > NOTE_MAX) {
            errors.add(new FieldError(EVALUATION_NOTE, "De toelichting is maximaal " + NOTE_MAX + " tekens"));
        }
        CloseReason reason = null;
        String target = null;
        String summary = null;
        if (decision == EvaluationDecision.CLOSE) {
            reason = parse(CloseReason.class, input.closeReason(), CLOSE_REASON, "Kies de reden van afschalen", errors);
            summary = text(input.closingSummary());
            if (summary == null) {
                errors.add(new FieldError(CLOSING_SUMMARY, "Schrijf de afsluitende samenvatting voor de betrokken partners"));
            } else if (summary.length() > SUMMARY_MAX) {
                errors.add(new FieldError(CLOSING_SUMMARY, "De samenvatting is maximaal " + SUMMARY_MAX + " tekens"));
            } else if (LOOKS_LIKE_BSN.matcher(summary).find()) {
                errors.add(new FieldError(CLOSING_SUMMARY, "Noem geen BSN in de samenvatting: alle betrokken partners lezen haar"));
            }
            if (reason == CloseReason.MOVED_REGION) {
                target = text(input.targetRegion());
                if (target == null) {
                    errors.add(new FieldError(CLOSE_TARGET_REGION, "Kies de regio waar de persoon nu woont"));
                } else if (target.equals(caseFile.getRegionId())) {
                    errors.add(new FieldError(CLOSE_TARGET_REGION, "Kies een andere regio dan die van deze casus"));
                } else if (!regions.existsById(target)) {
                    errors.add(new FieldError(CLOSE_TARGET_REGION, "Onbekende regio '" + target + "'"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        int cycle = (int) evaluations.countByCaseIdAndPlanVersion(caseId, version) + 1;
        evaluations.save(new MonitoringEvaluation(caseId, version, cycle, decision, note, projection.count(caseId, version), decidedBy, now));
        switch (decision) {
            case CONTINUE -> {
                // the next cycle follows
            }
            case ADJUST_PLAN -> stop(caseId, version, StatusPhase.PLAN);
            case NEW_CONFERENCE -> stop(caseId, version, StatusPhase.CONFERENCE);
            case CLOSE -> {
                tracker.endVersion(caseId, version);
                closures.save(new CaseClosure(caseId, version, reason, target, summary, decidedBy, now));
            }
        }
        accessLog.record(decidedBy, null, caseFile.getCaseNumber(), null, AccessAction.UPDATE, AccessLog.Channel.TASKLIST,
                "evaluatie " + cycle + " van plan versie " + version + ": " + decision
                        + (reason == null ? "" : " (" + reason.label() + (target == null ? "" : ", naar regio " + target) + ")"));
        return new EvaluationResult(decision, reason, target);
    }

    List<MonitoringEvaluation> of(Long caseId, int version) {
        return evaluations.findByCaseIdAndPlanVersionOrderByCycle(caseId, version);
    }

    private void stop(Long caseId, int version, StatusPhase next) {
        tracker.endVersion(caseId, version);
        projection.enter(caseId, next);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
