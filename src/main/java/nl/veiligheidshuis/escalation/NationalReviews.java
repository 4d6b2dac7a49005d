package nl.veiligheidshuis.escalation;

import java.util.Map;
import nl.veiligheidshuis.system.AsApplication;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The way between an escalation and its national review. The review runs as a process of its own: started by the
 * application without tenant, so the national meeting (no tenant) sees it, and with non-personal variables only;
 * its outcome returns as a message, correlated by the escalation id.
 */
@Component
class NationalReviews {

    private final RuntimeService runtimeService;
    private final AsApplication asApplication;

    NationalReviews(RuntimeService runtimeService, AsApplication asApplication) {
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
    }

    /** Starts {@code escalation-national-review}; the variables are the caller's choice of non-personal ones. */
    String start(String reference, Map<String, Object> variables) {
        return asApplication.call(() -> runtimeService.createProcessInstanceByKey(EscalationNationalReviewProcess.KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(reference)
                .setVariables(variables)
                .execute()
                .getId());
    }

    /**
     * The escalation ended without the national answer (its case closed): the national review, when one runs for
     * it, ends through its message event sub-process and its task leaves the national meeting's inbox.
     */
    void withdraw(String reference) {
        asApplication.run(() -> runtimeService.createMessageCorrelation(EscalationNationalReviewProcess.MESSAGE_REVIEW_WITHDRAWN)
                .processInstanceBusinessKey(reference)
                .correlateAll());
    }

    /** Hands the national outcome to the escalation that waits for it. */
    void report(Long escalationId, Map<String, Object> variables) {
        asApplication.run(() -> runtimeService.createMessageCorrelation(EscalationProcess.MESSAGE_NATIONAL_REVIEW_DONE)
                .processInstanceVariableEquals(EscalationProcess.ESCALATION_ID, escalationId)
                .setVariables(variables)
                .correlate());
    }
}
