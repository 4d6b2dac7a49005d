package nl.veiligheidshuis.privacy;

import static nl.veiligheidshuis.privacy.SubjectRequestProcess.*;

import java.util.List;
import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Carries out process direction's decision on a request of one kind, in the transaction of the handling task's
 * completion: a decision that breaks the rules fails the completion with its message and the form keeps its input.
 * The corrected value and the explanation leave the engine.
 */
abstract class SubjectRequestDecisionDelegate implements JavaDelegate {

    private final SubjectRequests requests;
    private final CurrentCaller currentCaller;
    private final SubjectRequest.Kind kind;

    SubjectRequestDecisionDelegate(SubjectRequests requests, CurrentCaller currentCaller, SubjectRequest.Kind kind) {
        this.requests = requests;
        this.currentCaller = currentCaller;
        this.kind = kind;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SubjectRequests.Answer answer = UserInput.checked(() -> requests.decide((Long) execution.getVariable(REQUEST_ID), kind,
                SubjectRequestForm.decision(execution.getVariables()), currentCaller.get(), AccessLog.Channel.TASKLIST));
        execution.setVariable(REQUEST_OUTCOME, answer.outcome().name());
        execution.removeVariables(List.of(CORRECTION_VALUE, REFUSAL_REASON));
    }
}
