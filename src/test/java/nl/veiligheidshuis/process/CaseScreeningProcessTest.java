package nl.veiligheidshuis.process;

import static nl.veiligheidshuis.casefile.CaseVariables.*;
import static nl.veiligheidshuis.screening.CaseScreeningProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.Map;
import nl.veiligheidshuis.process.support.FakeDelegates;
import nl.veiligheidshuis.process.support.ProcessCoverage;
import nl.veiligheidshuis.process.support.ProcessTestCase;
import nl.veiligheidshuis.process.support.Referral;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code case-screening}: the real complexity-criteria and triage-priority tables decide, the screener's decision
 * routes, the referring partner answers or receives the advice, timers remind and close. Delegates are fakes.
 */
@Deployment(resources = {
        "processes/case-screening.bpmn",
        "decisions/complexity-criteria.dmn",
        "decisions/triage-priority.dmn",
        "forms/screening-decision.form",
        "forms/screening-overdue.form",
        "forms/referral-advice.form",
        "forms/provide-information.form",
        "forms/closed-incomplete-notice.form"})
class CaseScreeningProcessTest extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessCoverage.extension();

    @Override
    protected ProcessEngineExtension extension() {
        return extension;
    }

    private static final String CASE = Referral.NEW_CASE_NUMBER;

    private ProcessInstance startScreening(Referral referral) {
        return runtimeService().startProcessInstanceByKey(KEY, referral.caseNumber(), referral.registeredVariables());
    }

    private static Map<String, Object> decide(String decision, Object... more) {
        return withVariables(SCREENING_DECISION, decision, more);
    }

    private static Task screeningTask(ProcessInstance instance) {
        return task(USER_TASK_SCREEN_CASE, instance);
    }

    @Test
    void complexCaseIsTestedTriagedScreenedAndAccepted() {
        ProcessInstance screening = startScreening(Referral.complexCase());

        // the real decision tables ran and their results are in the typed variables the models name
        assertThat(screening).isWaitingAt(USER_TASK_SCREEN_CASE)
                .hasPassedInOrder(BUSINESS_RULE_TASK_EVALUATE_COMPLEXITY, BUSINESS_RULE_TASK_DETERMINE_PRIORITY,
                        SERVICE_TASK_RECORD_TRIAGE, GATEWAY_SCREENING_JOIN);
        assertThat(screening).variables()
                .containsEntry(COMPLEXITY_OUTCOME, "COMPLEX")
                .containsEntry(REFERRAL_ADVICE, "VEILIGHEIDSHUIS")
                .containsEntry(PRIORITY, "NORMAL")
                .containsEntry(SCREENING_DUE, "P10D")
                .containsEntry(TASK_PRIORITY, 50)
                .containsEntry(SCREENING_DUE_DATE, startPlus(Duration.ofDays(10)))
                .doesNotContainKey("decisionResult");
        assertThat((String) runtimeService().getVariable(screening.getId(), COMPLEXITY_RATIONALE)).contains("§4.2");
        assertThat(screening.getTenantId()).isEqualTo(Referral.REGION_UTRECHT);

        Task screen = screeningTask(screening);
        assertThat(screen).hasName("Casus screenen — " + CASE).hasCandidateGroup("procesregie")
                .hasDueDate(startPlus(Duration.ofDays(10)));
        assertThat(screen.getPriority()).isEqualTo(50);
        assertThat(deployedFormIdOf(screen)).isEqualTo(FORM_SCREENING_DECISION);
        assertDueAt(job(jobQuery().timers(), screening), startPlus(Duration.ofDays(10)));

        complete(screen, decide(DECISION_ACCEPT));

        // the decision is recorded with the completion; the rest runs after the save point
        assertThat(screening).isWaitingAt(SERVICE_TASK_RECORD_SCREENING_DECISION);
        execute(job(screening));
        assertThat(screening).hasPassed(GATEWAY_SCREENING_DECISION, END_EVENT_CASE_ACCEPTED).isEnded();
        assertThat(jobQuery().processInstanceId(screening.getId()).count()).as("no reminder left").isZero();
        assertThat(delegates.calls()).containsExactly(RECORD_TRIAGE_DELEGATE, RECORD_SCREENING_DECISION_DELEGATE);
    }

    @Test
    void zsmReferralThatOneChainCanSolveGoesBackToZsmWithAdvice() {
        ProcessInstance screening = startScreening(Referral.complexCase().fromZsm().solvableInOneChain().referredBy("om"));
        assertThat(screening).variables()
                .containsEntry(COMPLEXITY_OUTCOME, "NOT_COMPLEX_SINGLE_CHAIN")
                .containsEntry(REFERRAL_ADVICE, "ZSM")
                .containsEntry(PRIORITY, "HIGH")
                .containsEntry(TASK_PRIORITY, 70);
        assertThat(screeningTask(screening)).hasDueDate(startPlus(Duration.ofDays(3)));

        complete(screeningTask(screening), decide(DECISION_REFUSE));
        execute(job(screening));

        assertThat(screening).hasPassed(GATEWAY_SCREENING_DECISION).isWaitingAt(USER_TASK_RECEIVE_REFERRAL_ADVICE);
        Task advice = task(USER_TASK_RECEIVE_REFERRAL_ADVICE, screening);
        assertThat(advice).hasName("Verwijsadvies ontvangen — " + CASE).hasCandidateGroup("om");
        assertThat(deployedFormIdOf(advice)).isEqualTo(FORM_REFERRAL_ADVICE);
        assertThat(screening).variables().containsEntry(SCREENING_OUTCOME, OUTCOME_REFUSED)
                .containsEntry(CHOSEN_REFERRAL_ADVICE, "ZSM");

        complete(advice, withVariables(ADVICE_ACKNOWLEDGED, true));
        assertThat(screening).hasPassed(END_EVENT_CASE_REFUSED).isEnded();
    }

    @Test
    void screenerAcceptsANotComplexCaseWithAReason() {
        ProcessInstance screening = startScreening(Referral.complexCase().solvableInOneChain());

        complete(screeningTask(screening), decide(DECISION_ACCEPT, OVERRIDE_REASON,
                "Keten loopt vast: de eigen keten heeft het al twee keer geprobeerd"));
        execute(job(screening));

        assertThat(screening).hasPassed(END_EVENT_CASE_ACCEPTED).isEnded();
    }

    @Test
    void screenerRefusesAComplexCaseWithAReasonAndAnOtherAdvice() {
        ProcessInstance screening = startScreening(Referral.complexCase());

        complete(screeningTask(screening), decide(DECISION_REFUSE, OVERRIDE_REASON,
                "Bestaand bilateraal overleg pakt dit al op", CHOSEN_REFERRAL_ADVICE, "BILATERAL"));
        execute(job(screening));

        assertThat(screening).isWaitingAt(USER_TASK_RECEIVE_REFERRAL_ADVICE);
        assertThat(screening).variables().containsEntry(CHOSEN_REFERRAL_ADVICE, "BILATERAL");
        assertThat(task(USER_TASK_RECEIVE_REFERRAL_ADVICE, screening)).hasCandidateGroup("politie");
    }

    @Test
    void overrideWithoutAReasonFailsTheCompletionAndKeepsTheScreeningOpen() {
        ProcessInstance screening = startScreening(Referral.complexCase());
        Task screen = screeningTask(screening);

        assertThatThrownBy(() -> complete(screen, decide(DECISION_REFUSE)))
                .hasMessageContaining(FakeDelegates.OVERRIDE_WITHOUT_REASON);

        assertThat(screening).isWaitingAt(USER_TASK_SCREEN_CASE);
        assertThat(screeningTask(screening).getId()).isEqualTo(screen.getId());
        assertThat(runtimeService().getVariable(screening.getId(), SCREENING_DECISION)).as("nothing stored").isNull();
    }

    @Test
    void answeredInformationRequestReturnsTheCaseToTheScreener() {
        ProcessInstance screening = startScreening(Referral.complexCase().referredBy("jeugdzorg"));

        complete(screeningTask(screening), decide(DECISION_REQUEST_INFORMATION, INFORMATION_REQUEST,
                "Welke hulpverlening loopt er al in het gezin?"));
        execute(job(screening));

        assertThat(screening).hasPassed(GATEWAY_SCREENING_DECISION).isWaitingAt(USER_TASK_PROVIDE_INFORMATION);
        Task provide = task(USER_TASK_PROVIDE_INFORMATION, screening);
        assertThat(provide).hasName("Aanvullende informatie geven — " + CASE).hasCandidateGroup("jeugdzorg");
        assertThat(deployedFormIdOf(provide)).isEqualTo(FORM_PROVIDE_INFORMATION);
        assertDueAt(job(jobQuery().timers().activityId(BOUNDARY_EVENT_INFORMATION_OVERDUE), screening),
                startPlus(Duration.ofDays(5)));

        complete(provide, withVariables(INFORMATION_ANSWER, "Ambulante gezinsbegeleiding sinds januari"));
        // the answer is kept at the save point after the task; recording it runs as a job
        assertThat(screening).isWaitingAt(USER_TASK_PROVIDE_INFORMATION);
        execute(job(screening));

        assertThat(screening).hasPassed(SERVICE_TASK_RECORD_INFORMATION).isWaitingAt(USER_TASK_SCREEN_CASE);
        assertThat(taskQuery().processInstanceId(screening.getId()).count()).isEqualTo(1);
        assertThat(screeningTask(screening)).hasName("Casus screenen — " + CASE);
        assertThat(delegates.calls()).endsWith(RECORD_INFORMATION_DELEGATE);

        complete(screeningTask(screening), decide(DECISION_ACCEPT));
        execute(job(screening));
        assertThat(screening).hasPassed(END_EVENT_CASE_ACCEPTED).isEnded();
    }

    @Test
    void unansweredInformationRequestClosesTheCaseAsIncomplete() {
        Referral referral = Referral.complexCase();
        ProcessInstance screening = runtimeService().createProcessInstanceByKey(KEY)
                .businessKey(referral.caseNumber())
                .setVariables(referral.registeredVariables())
                .setVariable(INFORMATION_REQUEST, "Is de betrokkene al bekend bij de GGZ?")
                .setVariable(INFORMATION_DEADLINE, "P2D")
                .setVariable(TASK_PRIORITY, 70)
                .startBeforeActivity(USER_TASK_PROVIDE_INFORMATION)
                .execute();
        Job deadline = assertDueAt(job(jobQuery().timers(), screening), startPlus(Duration.ofDays(2)));

        advanceClock(Duration.ofDays(2).plusMinutes(1));
        execute(deadline);

        assertThat(screening).hasPassed(BOUNDARY_EVENT_INFORMATION_OVERDUE, SERVICE_TASK_CLOSE_INCOMPLETE)
                .isWaitingAt(SERVICE_TASK_CLOSE_INCOMPLETE);
        assertThat(taskQuery().processInstanceId(screening.getId()).count()).as("request withdrawn").isZero();
        execute(job(screening));

        Task notice = task(USER_TASK_NOTICE_CLOSED_INCOMPLETE, screening);
        assertThat(notice).hasName("Sluiting wegens onvolledige aanmelding bekijken — " + CASE).hasCandidateGroup("politie");
        assertThat(notice.getPriority()).isEqualTo(70);
        assertThat(deployedFormIdOf(notice)).isEqualTo(FORM_CLOSED_INCOMPLETE_NOTICE);
        assertThat(screening).variables().containsEntry(SCREENING_OUTCOME, OUTCOME_INCOMPLETE);

        complete(notice, withVariables(CLOSURE_ACKNOWLEDGED, true));
        assertThat(screening).hasPassed(END_EVENT_CLOSED_INCOMPLETE).isEnded();
        assertThat(delegates.calls()).containsExactly(CLOSE_INCOMPLETE_DELEGATE);
    }

    @Test
    void overdueScreeningRemindsProcessDirectionWhileTheScreeningStaysOpen() {
        ProcessInstance screening = startScreening(Referral.complexCase());
        Job reminder = job(jobQuery().timers(), screening);

        advanceClock(Duration.ofDays(10).plusMinutes(1));
        execute(reminder);

        assertThat(screening).isWaitingAt(USER_TASK_SCREEN_CASE, USER_TASK_HANDLE_OVERDUE_SCREENING);
        Task overdue = task(USER_TASK_HANDLE_OVERDUE_SCREENING, screening);
        assertThat(overdue).hasName("Te late screening oppakken — " + CASE)
                .hasCandidateGroup("procesregie").hasCandidateGroup("vh-manager");
        assertThat(deployedFormIdOf(overdue)).isEqualTo(FORM_SCREENING_OVERDUE);

        complete(overdue, withVariables(OVERDUE_ACKNOWLEDGED, true));
        assertThat(screening).hasPassed(END_EVENT_OVERDUE_HANDLED).isWaitingAt(USER_TASK_SCREEN_CASE);
        assertThat(jobQuery().timers().processInstanceId(screening.getId()).count()).as("one reminder only").isZero();
    }

    @Test
    void decidingTheScreeningEndsAnOpenOverdueReminder() {
        ProcessInstance screening = startScreening(Referral.complexCase());
        advanceClock(Duration.ofDays(11));
        execute(job(jobQuery().timers(), screening));
        assertThat(screening).isWaitingAt(USER_TASK_HANDLE_OVERDUE_SCREENING);

        complete(screeningTask(screening), decide(DECISION_ACCEPT));
        execute(job(screening));

        assertThat(screening).hasPassed(END_EVENT_CASE_ACCEPTED).hasNotPassed(END_EVENT_OVERDUE_HANDLED).isEnded();
        assertThat(taskQuery().processInstanceId(screening.getId()).count()).isZero();
    }

    @Test
    void urgentReferralIsScreenedWithinADayAtTopPriority() {
        ProcessInstance screening = startScreening(Referral.complexCase().withAcuteSafetyRisk());

        assertThat(screening).variables().containsEntry(PRIORITY, "URGENT").containsEntry(SCREENING_DUE, "P1D");
        Task screen = screeningTask(screening);
        assertThat(screen).hasDueDate(startPlus(Duration.ofDays(1)));
        assertThat(screen.getPriority()).isEqualTo(90);
    }
}
