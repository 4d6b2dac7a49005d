package nl.veiligheidshuis.intake;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.casefile.CaseVariables.CASE_NUMBER;

import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.privacy.AccessLog;
import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step of {@code case-intake}. A referral by API is registered before the start and only confirmed here;
 * a referral by Tasklist start form is checked and registered here, synchronously, so a wrong form makes the
 * start fail with its messages and stores nothing. Then the case number becomes the business key and the
 * form's personal fields leave the engine.
 */
@Component("registerReferralDelegate")
class RegisterReferralDelegate implements JavaDelegate {

    private final ReferralRegistration registration;
    private final CaseFiles caseFiles;
    private final CurrentCaller currentCaller;

    RegisterReferralDelegate(ReferralRegistration registration, CaseFiles caseFiles, CurrentCaller currentCaller) {
        this.registration = registration;
        this.caseFiles = caseFiles;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DelegateExecution lifecycle = execution.getProcessInstance().getSuperExecution();
        if (execution.getVariable(CASE_ID) != null) {
            confirmRegisteredByApi(execution);
            return;
        }
        ReferralRequest referral = UserInput.checked(() -> ReferralForm.toReferral(execution.getVariables()));
        RegistrationOutcome outcome = UserInput.checked(() -> registration.register(referral, currentCaller.get(), AccessLog.Channel.TASKLIST));
        execution.removeVariables(ReferralForm.PERSONAL_FIELDS);
        execution.setVariables(DecisionInputs.of(referral, outcome));
        if (lifecycle != null) {
            lifecycle.removeVariables(ReferralForm.PERSONAL_FIELDS);
        }
        if (!outcome.linked()) {
            // a joined referral ends here; only a new case takes the case number as business key
            String lifecycleInstanceId = lifecycle != null ? lifecycle.getProcessInstanceId() : execution.getProcessInstanceId();
            caseFiles.attachProcess(outcome.caseId(), lifecycleInstanceId);
            execution.setProcessBusinessKey(outcome.caseNumber());
            if (lifecycle != null) {
                lifecycle.setProcessBusinessKey(outcome.caseNumber());
            }
        }
    }

    /** A start that names a case must be the API's own start of that case: same number, same region, no process yet. */
    private void confirmRegisteredByApi(DelegateExecution execution) {
        Object caseId = execution.getVariable(CASE_ID);
        CaseFile registered = caseId instanceof Long id ? caseFiles.findById(id) : null;
        boolean genuine = registered != null && registered.getProcessInstanceId() == null
                && registered.getCaseNumber().equals(execution.getVariable(CASE_NUMBER))
                && registered.getRegionId().equals(execution.getTenantId());
        if (!genuine) {
            throw new BadUserRequestException("Een casus start via POST /api/referrals of het startformulier, niet met een bestaand casusnummer");
        }
    }
}
