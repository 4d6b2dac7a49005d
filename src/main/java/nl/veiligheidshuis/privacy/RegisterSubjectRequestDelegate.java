package nl.veiligheidshuis.privacy;

import static nl.veiligheidshuis.privacy.SubjectRequestProcess.*;

import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step of {@code subject-request}, in the start's transaction. A request by API is registered before the start
 * and only confirmed here; a request by Tasklist start form is checked and registered here, so a wrong form fails the
 * start with its messages and stores nothing. Then the request number becomes the business key and the name and date
 * of birth leave the engine.
 */
@Component(REGISTER_SUBJECT_REQUEST_DELEGATE)
class RegisterSubjectRequestDelegate implements JavaDelegate {

    private final SubjectRequests requests;
    private final CurrentCaller currentCaller;

    RegisterSubjectRequestDelegate(SubjectRequests requests, CurrentCaller currentCaller) {
        this.requests = requests;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getVariable(REQUEST_ID) == null) {
            SubjectRequests.Registered registered = UserInput.checked(() -> requests.register(
                    SubjectRequestForm.request(execution.getVariables()), currentCaller.get(), AccessLog.Channel.TASKLIST));
            execution.removeVariables(PERSONAL_FIELDS);
            execution.setVariables(variablesOf(registered));
            execution.setProcessBusinessKey(registered.requestNumber());
        }
        SubjectRequest request = requests.byId((Long) execution.getVariable(REQUEST_ID)).orElse(null);
        if (request == null || request.getProcessInstanceId() != null || !request.getRegionId().equals(execution.getTenantId())
                || !request.getRequestNumber().equals(execution.getProcessBusinessKey())) {
            throw new BadUserRequestException("Een verzoek van een betrokkene start via POST /api/subject-requests of het startformulier");
        }
        requests.attachProcess(request.getId(), execution.getProcessInstanceId());
    }
}
