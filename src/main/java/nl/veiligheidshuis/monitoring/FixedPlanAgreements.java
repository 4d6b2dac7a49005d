package nl.veiligheidshuis.monitoring;

import java.time.LocalDate;
import java.util.List;
import nl.veiligheidshuis.plan.AgreementStatus;
import nl.veiligheidshuis.plan.PlanService;
import org.springframework.stereotype.Component;

/**
 * The agreements of a plan version, as monitoring needs them, read through the action plan's own service
 * ({@link PlanService#agreementsOfVersion}): monitoring never touches the plan's tables itself.
 */
@Component
class FixedPlanAgreements {

    /** One agreement of the plan as monitoring needs it; free texts only for the forms of who may read them. */
    record PlannedAgreement(String key, String partner, LocalDate dueDate, String description, String forWhom, String lifeDomain,
            String kind) {
    }

    static final String FIXED = "FIXED";

    private final PlanService plans;

    FixedPlanAgreements(PlanService plans) {
        this.plans = plans;
    }

    /** The status of a version of the case's plan, or null when the case has no such version. */
    String statusOf(Long caseId, int version) {
        return plans.statusOf(caseId, version).map(Enum::name).orElse(null);
    }

    /**
     * The partner's report goes into the plan too: done becomes DONE, not done NOT_HONOURED; partly done leaves the
     * agreement open (the work goes on, the tracking holds the report).
     */
    void recordReport(Long caseId, int version, String key, AgreementState reported) {
        switch (reported) {
            case DONE -> plans.recordAgreementOutcome(caseId, version, key, AgreementStatus.DONE);
            case NOT_DONE -> plans.recordAgreementOutcome(caseId, version, key, AgreementStatus.NOT_HONOURED);
            case PARTLY, OPEN, OVERDUE -> {
                // still open in the plan
            }
        }
    }

    /** The version's agreements in the plan's order (slot). */
    List<PlannedAgreement> of(Long caseId, int version) {
        return plans.agreementsOfVersion(caseId, version).stream()
                .map(a -> new PlannedAgreement(a.key(), a.partner(), a.dueDate(), a.description(), a.forWhom(), a.lifeDomain(),
                        a.interventionKind()))
                .toList();
    }
}
