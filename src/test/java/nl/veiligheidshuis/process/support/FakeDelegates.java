package nl.veiligheidshuis.process.support;

import static nl.veiligheidshuis.casefile.CaseVariables.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import nl.veiligheidshuis.intake.CaseIntakeProcess;
import nl.veiligheidshuis.lifecycle.CaseLifecycleProcess;
import nl.veiligheidshuis.screening.CaseScreeningProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the application's delegates, registered under their bean names: each sets the output variables
 * that the models rely on, as the integrator's delegates do, and logs that it ran. The real delegates have their
 * own tests; these keep the process tests about routing, waiting and timing.
 */
public final class FakeDelegates {

    /** Task priority per triage priority, as the application maps it. */
    public static int taskPriority(String priority) {
        return switch (priority) {
            case "URGENT" -> 90;
            case "HIGH" -> 70;
            default -> 50;
        };
    }

    public static final String OVERRIDE_WITHOUT_REASON = "Geef een reden als u afwijkt van de uitkomst van de toets";
    public static final String DEFAULT_INFORMATION_DEADLINE = "P5D";

    private final List<String> calls = new ArrayList<>();
    private Referral referral = Referral.complexCase();

    /** Registers every delegate of the three models with the engine's mock resolver. */
    public FakeDelegates register() {
        Mocks.register(CaseIntakeProcess.REGISTER_REFERRAL_DELEGATE, (JavaDelegate) this::registerReferral);
        Mocks.register(CaseScreeningProcess.RECORD_TRIAGE_DELEGATE, (JavaDelegate) this::recordTriage);
        Mocks.register(CaseScreeningProcess.RECORD_SCREENING_DECISION_DELEGATE, (JavaDelegate) this::recordScreeningDecision);
        Mocks.register(CaseScreeningProcess.RECORD_INFORMATION_DELEGATE, (JavaDelegate) this::recordInformation);
        Mocks.register(CaseScreeningProcess.CLOSE_INCOMPLETE_DELEGATE, (JavaDelegate) this::closeIncomplete);
        Mocks.register(CaseLifecycleProcess.WITHDRAW_CASE_DELEGATE, (JavaDelegate) this::withdrawCase);
        return this;
    }

    /** The referral that the next registration produces. */
    public FakeDelegates willRegister(Referral referral) {
        this.referral = referral;
        return this;
    }

    /** Bean names of the delegates that ran, in order. */
    public List<String> calls() {
        return calls;
    }

    private void registerReferral(DelegateExecution execution) {
        calls.add(CaseIntakeProcess.REGISTER_REFERRAL_DELEGATE);
        if (referral.invalidMessage() != null) {
            throw new IllegalArgumentException(referral.invalidMessage());
        }
        execution.setVariables(referral.registeredVariables());
        if (referral.isNew()) {
            // the case number becomes the business key of the intake and of the lifecycle that called it
            execution.setProcessBusinessKey(referral.caseNumber());
            DelegateExecution lifecycle = execution.getProcessInstance().getSuperExecution();
            if (lifecycle != null) {
                lifecycle.setProcessBusinessKey(referral.caseNumber());
            }
        }
    }

    private void recordTriage(DelegateExecution execution) {
        calls.add(CaseScreeningProcess.RECORD_TRIAGE_DELEGATE);
        Duration due = Duration.parse((String) execution.getVariable(SCREENING_DUE));
        execution.setVariable(SCREENING_DUE_DATE, Date.from(ClockUtil.getCurrentTime().toInstant().plus(due)));
        execution.setVariable(TASK_PRIORITY, taskPriority((String) execution.getVariable(PRIORITY)));
    }

    private void recordScreeningDecision(DelegateExecution execution) {
        calls.add(CaseScreeningProcess.RECORD_SCREENING_DECISION_DELEGATE);
        String decision = (String) execution.getVariable(SCREENING_DECISION);
        boolean complex = "COMPLEX".equals(execution.getVariable(COMPLEXITY_OUTCOME));
        boolean overrides = CaseScreeningProcess.DECISION_ACCEPT.equals(decision) && !complex
                || CaseScreeningProcess.DECISION_REFUSE.equals(decision) && complex;
        Object reason = execution.getVariable(OVERRIDE_REASON);
        if (overrides && (reason == null || reason.toString().isBlank())) {
            throw new IllegalArgumentException(OVERRIDE_WITHOUT_REASON);
        }
        String outcome = switch (decision) {
            case CaseScreeningProcess.DECISION_ACCEPT -> CaseScreeningProcess.OUTCOME_ACCEPTED;
            case CaseScreeningProcess.DECISION_REFUSE -> CaseScreeningProcess.OUTCOME_REFUSED;
            case CaseScreeningProcess.DECISION_REQUEST_INFORMATION -> CaseScreeningProcess.OUTCOME_INFORMATION_REQUESTED;
            default -> throw new IllegalArgumentException("Onbekend besluit " + decision);
        };
        execution.setVariable(SCREENING_OUTCOME, outcome);
        if (CaseScreeningProcess.OUTCOME_REFUSED.equals(outcome) && execution.getVariable(CHOSEN_REFERRAL_ADVICE) == null) {
            execution.setVariable(CHOSEN_REFERRAL_ADVICE, execution.getVariable(REFERRAL_ADVICE));
        }
        if (execution.getVariable(INFORMATION_DEADLINE) == null) {
            execution.setVariable(INFORMATION_DEADLINE, DEFAULT_INFORMATION_DEADLINE);
        }
    }

    private void recordInformation(DelegateExecution execution) {
        calls.add(CaseScreeningProcess.RECORD_INFORMATION_DELEGATE);
        execution.removeVariable(INFORMATION_ANSWER);
    }

    private void closeIncomplete(DelegateExecution execution) {
        calls.add(CaseScreeningProcess.CLOSE_INCOMPLETE_DELEGATE);
        execution.setVariable(SCREENING_OUTCOME, CaseScreeningProcess.OUTCOME_INCOMPLETE);
    }

    private void withdrawCase(DelegateExecution execution) {
        calls.add(CaseLifecycleProcess.WITHDRAW_CASE_DELEGATE);
    }
}
