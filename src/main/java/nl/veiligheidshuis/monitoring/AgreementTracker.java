package nl.veiligheidshuis.monitoring;

import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.AGREEMENT_EXPLANATION;
import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.AGREEMENT_REPORT;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.casefile.CasePhase;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.escalation.EscalationStarter;
import nl.veiligheidshuis.monitoring.AgreementTracking.Trigger;
import nl.veiligheidshuis.monitoring.FixedPlanAgreements.PlannedAgreement;
import nl.veiligheidshuis.organisation.PartnerGroup;
import nl.veiligheidshuis.organisation.PartnerGroupRepository;
import nl.veiligheidshuis.plan.InterventionKind;
import nl.veiligheidshuis.plan.PlanVocabulary;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following the agreements of one fixed plan version (§3.2, annex I: each partner sees to it that its agreements
 * are kept): which to follow, when each is due, the partner's report, and the one escalation of an agreement that is
 * not kept or not reported in time. Knows nothing of the engine: the delegates call it.
 */
@Service
class AgreementTracker {

    static final int EXPLANATION_MAX = 2000;
    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** What the tracking of one agreement needs: who reports, by when, and what the partner reads (display). */
    record TrackedAgreement(String key, String partner, Instant dueAt, Instant reminderAt, Instant escalationAt,
            Map<String, String> summary) {
    }

    private final AgreementTrackingRepository trackings;
    private final FixedPlanAgreements plan;
    private final CaseStatusProjection projection;
    private final CaseFiles caseFiles;
    private final EscalationStarter escalations;
    private final PartnerGroupRepository partnerGroups;
    private final AccessLog accessLog;
    private final Clock clock;

    AgreementTracker(AgreementTrackingRepository trackings, FixedPlanAgreements plan, CaseStatusProjection projection, CaseFiles caseFiles,
            EscalationStarter escalations, PartnerGroupRepository partnerGroups, AccessLog accessLog, Clock clock) {
        this.trackings = trackings;
        this.plan = plan;
        this.projection = projection;
        this.caseFiles = caseFiles;
        this.escalations = escalations;
        this.partnerGroups = partnerGroups;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * Starts following a fixed plan version: one tracking row per agreement (a repeated start keeps the rows it
     * finds), an agreement reported done in an earlier version with the same partner and due date carried over as
     * done, the case in phase MONITORING and its status projection on this version.
     *
     * @return the keys of the agreements still to follow, in the plan's order
     */
    @Transactional
    public List<String> start(Long caseId, int version) {
        CaseFile caseFile = caseFiles.byId(caseId);
        String status = plan.statusOf(caseId, version);
        if (!FixedPlanAgreements.FIXED.equals(status)) {
            throw new IllegalStateException("Version " + version + " of the plan of case " + caseFile.getCaseNumber() + " is not fixed ("
                    + status + "): monitoring follows a fixed plan only");
        }
        List<PlannedAgreement> agreements = plan.of(caseId, version);
        if (agreements.isEmpty()) {
            throw new IllegalStateException("Version " + version + " of the plan of case " + caseFile.getCaseNumber() + " has no agreements");
        }
        Instant now = clock.instant();
        List<String> toFollow = new ArrayList<>();
        for (PlannedAgreement agreement : agreements) {
            AgreementTracking tracking = trackings.findByCaseIdAndPlanVersionAndAgreementKey(caseId, version, agreement.key())
                    .orElseGet(() -> trackings.save(newTracking(caseId, version, agreement, now)));
            if (!tracking.getState().isReported()) {
                toFollow.add(agreement.key());
            }
        }
        trackings.flush();
        caseFiles.enterPhase(caseId, CasePhase.MONITORING);
        projection.startMonitoring(caseId, version);
        accessLog.record(null, null, caseFile.getCaseNumber(), null, AccessAction.UPDATE, AccessLog.Channel.PROCESS,
                "monitoring van plan van aanpak versie " + version + " gestart: " + toFollow.size() + " van " + agreements.size()
                        + " afspraken te volgen");
        return toFollow;
    }

    private AgreementTracking newTracking(Long caseId, int version, PlannedAgreement agreement, Instant now) {
        AgreementTracking tracking = new AgreementTracking(caseId, version, agreement.key(), agreement.partner(), agreement.dueDate(), now);
        trackings.findFirstByCaseIdAndAgreementKeyAndPlanVersionLessThanOrderByPlanVersionDesc(caseId, agreement.key(), version)
                .filter(earlier -> earlier.getState() == AgreementState.DONE)
                .filter(earlier -> earlier.getPartnerGroup().equals(agreement.partner()) && earlier.getDueDate().equals(agreement.dueDate()))
                .ifPresent(tracking::carryDoneFrom);
        return tracking;
    }

    /** One agreement's partner, moments and what its partner reads on the report and reminder forms. */
    @Transactional
    public TrackedAgreement prepare(Long caseId, int version, String key) {
        AgreementTracking tracking = tracking(caseId, version, key);
        PlannedAgreement agreement = plan.of(caseId, version).stream().filter(a -> a.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No agreement " + key + " in version " + version + " of case " + caseId));
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("key", key);
        summary.put("partner", partnerName(tracking.getPartnerGroup()));
        summary.put("description", agreement.description());
        summary.put("forWhom", agreement.forWhom());
        summary.put("lifeDomain", PlanVocabulary.LIFE_DOMAINS.getOrDefault(agreement.lifeDomain(), agreement.lifeDomain()));
        summary.put("kind", kindLabel(agreement.kind()));
        summary.put("dueDate", DUTCH_DATE.format(tracking.getDueDate()));
        accessLog.record(null, null, caseFiles.byId(caseId).getCaseNumber(), null, AccessAction.READ, AccessLog.Channel.PROCESS,
                "afspraak " + key + " klaargezet voor " + tracking.getPartnerGroup());
        return new TrackedAgreement(key, tracking.getPartnerGroup(), Schedule.dueAt(tracking.getDueDate()),
                Schedule.reminderAt(tracking.getDueDate(), clock.instant()), Schedule.escalationAt(tracking.getDueDate()), summary);
    }

    /** The due date passed without a report: the agreement counts as overdue. A reported agreement stays as it is. */
    @Transactional
    public void markOverdue(Long caseId, int version, String key) {
        AgreementTracking tracking = tracking(caseId, version, key);
        if (tracking.markOverdue(clock.instant())) {
            projection.recount(caseId);
            accessLog.record(null, null, caseFiles.byId(caseId).getCaseNumber(), null, AccessAction.UPDATE, AccessLog.Channel.PROCESS,
                    "afspraak " + key + " over de uiterste datum zonder rapportage");
        }
    }

    /**
     * The responsible partner's report: done, partly done or not done, with an explanation unless done. Wrong input
     * is refused with one Dutch message per field and nothing is stored.
     */
    @Transactional
    public AgreementState report(Long caseId, int version, String key, String outcome, String explanation, String reportedBy) {
        List<FieldError> errors = new ArrayList<>();
        ReportOutcome reported = null;
        try {
            reported = ReportOutcome.valueOf(outcome);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new FieldError(AGREEMENT_REPORT, "Kies nagekomen, deels nagekomen of niet nagekomen"));
        }
        String text = explanation == null || explanation.isBlank() ? null : explanation.trim();
        if (reported != null && reported != ReportOutcome.DONE && text == null) {
            errors.add(new FieldError(AGREEMENT_EXPLANATION, reported == ReportOutcome.PARTLY
                    ? "Licht toe wat nog niet is gelukt en waarom" : "Licht toe waarom de afspraak niet is nagekomen"));
        }
        if (text != null && text.length() > EXPLANATION_MAX) {
            errors.add(new FieldError(AGREEMENT_EXPLANATION, "De toelichting is maximaal " + EXPLANATION_MAX + " tekens"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AgreementTracking tracking = tracking(caseId, version, key);
        if (tracking.getState().isReported()) {
            throw new IllegalStateException("Agreement " + key + " of version " + version + " of case " + caseId + " is already reported");
        }
        tracking.report(reported, text, reportedBy, clock.instant());
        plan.recordReport(caseId, version, key, tracking.getState());
        projection.recount(caseId);
        accessLog.record(reportedBy, null, caseFiles.byId(caseId).getCaseNumber(), null, AccessAction.UPDATE, AccessLog.Channel.TASKLIST,
                "afspraak " + key + " gerapporteerd: " + reported.state().label().toLowerCase());
        return tracking.getState();
    }

    /**
     * Escalates an agreement that is not kept, or not reported within the grace period, through
     * {@link EscalationStarter#escalateAgreement} (reason AGREEMENT_NOT_HONOURED, operational level): exactly once per
     * tracked agreement, whichever comes first. An agreement reported done or partly done by the time the grace period
     * passes does not escalate, nor does an agreement of a case closed meanwhile.
     *
     * @return the escalation's id, or null when nothing needed escalating
     */
    @Transactional
    public Long escalate(Long caseId, int version, String key, Trigger trigger) {
        AgreementTracking tracking = tracking(caseId, version, key);
        if (tracking.isEscalated()) {
            return tracking.getEscalationId();
        }
        boolean kept = tracking.getState() == AgreementState.DONE || tracking.getState() == AgreementState.PARTLY;
        if (kept || (trigger == Trigger.NOT_DONE && tracking.getState() != AgreementState.NOT_DONE)) {
            return null;
        }
        CaseFile caseFile = caseFiles.byId(caseId);
        if (!caseFile.isActive()) {
            // closed meanwhile by another path (withdrawal): nobody follows the agreement up any more
            return null;
        }
        String reason = trigger == Trigger.OVERDUE
                ? "Afspraak " + key + " van " + partnerName(tracking.getPartnerGroup()) + " (uiterlijk " + DUTCH_DATE.format(tracking.getDueDate())
                        + ") is " + Schedule.GRACE.getDays() + " dagen na de uiterste datum nog niet gerapporteerd"
                : "Afspraak " + key + " van " + partnerName(tracking.getPartnerGroup()) + " (uiterlijk " + DUTCH_DATE.format(tracking.getDueDate())
                        + ") is niet nagekomen. Toelichting van de partner: " + tracking.getExplanation();
        Long escalationId = escalations.escalateAgreement(caseId, key, reason);
        tracking.escalated(escalationId, trigger, clock.instant());
        accessLog.record(null, null, caseFile.getCaseNumber(), null, AccessAction.UPDATE, AccessLog.Channel.PROCESS,
                "afspraak " + key + " opgeschaald (" + (trigger == Trigger.OVERDUE ? "niet gerapporteerd" : "niet nagekomen") + ")");
        return escalationId;
    }

    /** The monitoring of the version stopped: its open trackings end with it (they stay readable). */
    @Transactional
    public void endVersion(Long caseId, int version) {
        Instant now = clock.instant();
        trackings.findByCaseIdAndPlanVersionOrderById(caseId, version).forEach(t -> t.end(now));
    }

    List<AgreementTracking> trackingsOf(Long caseId, int version) {
        return trackings.findByCaseIdAndPlanVersionOrderById(caseId, version);
    }

    String partnerName(String partner) {
        return partnerGroups.findById(partner).map(PartnerGroup::getName).orElse(partner);
    }

    Map<String, String> partnerNames() {
        return partnerGroups.findAll().stream().collect(Collectors.toMap(PartnerGroup::getId, PartnerGroup::getName));
    }

    private AgreementTracking tracking(Long caseId, int version, String key) {
        return trackings.findByCaseIdAndPlanVersionAndAgreementKey(caseId, version, Objects.requireNonNull(key, "agreementKey"))
                .orElseThrow(() -> new IllegalStateException("Agreement " + key + " of version " + version + " of case " + caseId
                        + " is not being followed"));
    }

    private static String kindLabel(String kind) {
        try {
            return InterventionKind.valueOf(kind).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return kind;
        }
    }
}
