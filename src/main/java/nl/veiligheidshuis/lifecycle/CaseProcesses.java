package nl.veiligheidshuis.lifecycle;

import java.util.Map;
import nl.veiligheidshuis.casefile.CaseVariables;
import nl.veiligheidshuis.system.AsApplication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** The one way into the engine for case processes: start a case, correlate its messages by case number. */
@Component
public class CaseProcesses {

    public static final String LIFECYCLE_KEY = "case-lifecycle";
    public static final String MESSAGE_CASE_WITHDRAWN = "CaseWithdrawn";

    private final RuntimeService runtimeService;
    private final AsApplication asApplication;

    CaseProcesses(RuntimeService runtimeService, AsApplication asApplication) {
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
    }

    /** Starts the lifecycle as the current caller: the engine checks CREATE_INSTANCE and the region's tenant. */
    public String startCase(String caseNumber, Map<String, Object> variables) {
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(LIFECYCLE_KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(caseNumber)
                .setVariables(variables)
                .execute();
        return instance.getId();
    }

    /**
     * Correlates the withdrawal after the application has checked that the caller may withdraw this case; the
     * partner has no engine right on the instance itself, so the correlation runs as the application.
     */
    public void withdraw(String caseNumber, String reason, String userId) {
        asApplication.run(() -> runtimeService.createMessageCorrelation(MESSAGE_CASE_WITHDRAWN)
                .processInstanceBusinessKey(caseNumber)
                .setVariable(CaseVariables.WITHDRAWAL_REASON, reason)
                .setVariable(CaseVariables.WITHDRAWN_BY, userId)
                .correlate());
    }
}
