package nl.veiligheidshuis.process;

import static nl.veiligheidshuis.casefile.CaseVariables.*;
import static nl.veiligheidshuis.lifecycle.CaseLifecycleProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.Map;
import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.casefile.CasePhase;
import nl.veiligheidshuis.intake.CaseIntakeProcess;
import nl.veiligheidshuis.process.support.ProcessCoverage;
import nl.veiligheidshuis.process.support.ProcessTestCase;
import nl.veiligheidshuis.process.support.Referral;
import nl.veiligheidshuis.screening.CaseScreeningProcess;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.mockito.Mockito;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code case-lifecycle} with the real intake and screening models and decision tables behind it (fake
 * delegates), and stand-ins for the conference, plan and monitoring phases (src/test/resources/test-stubs; those
 * models have their own test classes): from the referral through the phases and their loops to closure, and
 * every way a case ends before that.
 */
@Deployment(resources = {
        "processes/case-lifecycle.bpmn",
        "processes/case-intake.bpmn",
        "processes/case-screening.bpmn",
        "decisions/complexity-criteria.dmn",
        "decisions/triage-priority.dmn",
        "forms/referral-start.form",
        "test-stubs/case-conference-stub.bpmn",
        "test-stubs/action-plan-stub.bpmn",
        "test-stubs/plan-monitoring-stub.bpmn",
        "forms/linked-referral-notice.form",
        "forms/other-region-hit.form",
        "forms/screening-decision.form",
        "forms/screening-overdue.form",
        "forms/referral-advice.form",
        "forms/provide-information.form",
        "forms/closed-incomplete-notice.form"})
class CaseLifecycleProcessTest extends ProcessTestCase {

    /** The called models have their own test classes and coverage floors. */
    @RegisterExtension
    static ProcessEngineCoverageExtension extension =
            ProcessCoverage.extension(CaseIntakeProcess.KEY, CaseScreeningProcess.KEY, "case-conference", "action-plan", "plan-monitoring");

    static final String CONFERENCE = "case-conference";
    static final String ACTION_PLAN = "action-plan";
    static final String MONITORING = "plan-monitoring";

    @BeforeEach
    void phasesAreProjected() {
        Mocks.register("caseFiles", caseFiles);
    }

    private final CaseFiles caseFiles = Mockito.mock(CaseFiles.class);

    /** Runs the save point before a phase and returns the phase's (stand-in) instance. */
    private ProcessInstance enter(ProcessInstance lifecycle, String callActivity, String calledKey) {
        assertThat(lifecycle).isWaitingAt(callActivity);
        execute(job(lifecycle));
        ProcessInstance phase = calledProcessInstance(calledKey, lifecycle);
        assertThat(phase).hasBusinessKey(CASE);
        assertThat(phase.getTenantId()).isEqualTo(Referral.REGION_UTRECHT);
        return phase;
    }

    private static void finish(ProcessInstance phase, String stubTask, Map<String, Object> handedBack) {
        complete(task(stubTask, phase), handedBack);
    }

    @Override
    protected ProcessEngineExtension extension() {
        return extension;
    }

    private static final String CASE = Referral.NEW_CASE_NUMBER;

    /** What the Tasklist start form submits (abridged: the fake register delegate supplies the rest). */
    private static Map<String, Object> startForm() {
        return withVariables(REGION, Referral.REGION_UTRECHT, REFERRING_PARTNER, "politie", "summary",
                "Jongere glijdt af, gezin onder druk");
    }

    private ProcessInstance referCase(Referral referral) {
        delegates.willRegister(referral);
        return runtimeService().startProcessInstanceByKey(KEY, startForm());
    }

    private static ProcessInstance screeningOf(ProcessInstance lifecycle) {
        return calledProcessInstance(CaseScreeningProcess.KEY, lifecycle);
    }

    @Test
    void acceptedCaseGoesThroughConferencePlanAndMonitoringWithItsLoopsUntilItIsClosed() {
        String definitionId = engine().getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
                .singleResult().getId();
        assertThat(deployedStartFormIdOf(definitionId)).isEqualTo(FORM_REFERRAL_START);

        ProcessInstance lifecycle = referCase(Referral.complexCase());

        // the intake ran within the start; the case number is the business key, the region the tenant
        assertThat(lifecycle).hasBusinessKey(CASE).isWaitingAt(CALL_ACTIVITY_SCREENING)
                .hasPassed(CALL_ACTIVITY_INTAKE, GATEWAY_IS_NEW_CASE);
        assertThat(lifecycle.getTenantId()).isEqualTo(Referral.REGION_UTRECHT);
        HistoricProcessInstance intake = historyService().createHistoricProcessInstanceQuery()
                .superProcessInstanceId(lifecycle.getId()).singleResult();
        assertThat(intake.getProcessDefinitionKey()).isEqualTo(CaseIntakeProcess.KEY);
        assertThat(intake.getEndActivityId()).isEqualTo(CaseIntakeProcess.END_EVENT_INTAKE_COMPLETED);
        assertThat(lifecycle).variables().containsEntry(INTAKE_OUTCOME, INTAKE_OUTCOME_NEW).containsEntry(CASE_NUMBER, CASE);

        execute(job(lifecycle));

        ProcessInstance screening = screeningOf(lifecycle);
        assertThat(screening).hasBusinessKey(CASE).isWaitingAt(CaseScreeningProcess.USER_TASK_SCREEN_CASE);
        assertThat(screening.getTenantId()).isEqualTo(Referral.REGION_UTRECHT);
        Task screen = task(CaseScreeningProcess.USER_TASK_SCREEN_CASE, screening);
        assertThat(screen).hasName("Casus screenen — " + CASE).hasCandidateGroup("procesregie");

        complete(screen, withVariables(SCREENING_DECISION, CaseScreeningProcess.DECISION_ACCEPT));
        execute(job(screening));

        assertThat(screening).isEnded();
        assertThat(lifecycle).hasPassed(GATEWAY_IS_ACCEPTED, GATEWAY_CONFERENCE_JOIN);
        assertThat(lifecycle).variables().containsEntry(SCREENING_OUTCOME, SCREENING_OUTCOME_ACCEPTED)
                .containsEntry(COMPLEXITY_OUTCOME, "COMPLEX");

        ProcessInstance conference = enter(lifecycle, CALL_ACTIVITY_CONFERENCE, CONFERENCE);
        Mockito.verify(caseFiles).enterPhase(Referral.NEW_CASE_ID, CasePhase.CONFERENCE);
        finish(conference, "UserTask_ConferenceStub",
                withVariables(CASE_DIRECTOR_PARTNER, "jeugdzorg", CASE_DIRECTOR_USER, "jeugdzorg.utrecht"));

        ProcessInstance plan = enter(lifecycle, CALL_ACTIVITY_ACTION_PLAN, ACTION_PLAN);
        assertThat(plan).variables().containsEntry(CASE_DIRECTOR_USER, "jeugdzorg.utrecht").containsEntry(CASE_ID, Referral.NEW_CASE_ID);
        finish(plan, "UserTask_PlanStub", withVariables("planVersion", 1));

        // an evaluation adjusts the plan: a new version, then monitoring again
        finish(enter(lifecycle, CALL_ACTIVITY_MONITORING, MONITORING), "UserTask_MonitoringStub",
                withVariables(MONITORING_OUTCOME, MONITORING_OUTCOME_ADJUST_PLAN));
        finish(enter(lifecycle, CALL_ACTIVITY_ACTION_PLAN, ACTION_PLAN), "UserTask_PlanStub", withVariables("planVersion", 2));

        // an evaluation asks for a new conference: conference, plan and monitoring once more
        finish(enter(lifecycle, CALL_ACTIVITY_MONITORING, MONITORING), "UserTask_MonitoringStub",
                withVariables(MONITORING_OUTCOME, MONITORING_OUTCOME_NEW_CONFERENCE));
        finish(enter(lifecycle, CALL_ACTIVITY_CONFERENCE, CONFERENCE), "UserTask_ConferenceStub",
                withVariables(CASE_DIRECTOR_PARTNER, "ggz", CASE_DIRECTOR_USER, "ggz.utrecht"));
        finish(enter(lifecycle, CALL_ACTIVITY_ACTION_PLAN, ACTION_PLAN), "UserTask_PlanStub", withVariables("planVersion", 3));
        ProcessInstance lastMonitoring = enter(lifecycle, CALL_ACTIVITY_MONITORING, MONITORING);
        assertThat(lastMonitoring).variables().containsEntry(CASE_DIRECTOR_USER, "ggz.utrecht").containsEntry("planVersion", 3);
        Mockito.verify(caseFiles, Mockito.times(3)).enterPhase(Referral.NEW_CASE_ID, CasePhase.MONITORING);

        finish(lastMonitoring, "UserTask_MonitoringStub", withVariables(MONITORING_OUTCOME, MONITORING_OUTCOME_CLOSED));

        assertThat(lifecycle).hasPassed(GATEWAY_MONITORING_OUTCOME, END_EVENT_CASE_CLOSED).isEnded();
    }

    @Test
    void referralThatOneChainCanSolveIsRefusedWithAdviceAndTheCaseCloses() {
        ProcessInstance lifecycle = referCase(Referral.complexCase().solvableInOneChain());
        execute(job(lifecycle));
        ProcessInstance screening = screeningOf(lifecycle);

        complete(task(CaseScreeningProcess.USER_TASK_SCREEN_CASE, screening),
                withVariables(SCREENING_DECISION, CaseScreeningProcess.DECISION_REFUSE));
        execute(job(screening));
        Task advice = task(CaseScreeningProcess.USER_TASK_RECEIVE_REFERRAL_ADVICE, screening);
        assertThat(advice).hasCandidateGroup("politie").hasName("Verwijsadvies ontvangen — " + CASE);
        complete(advice, withVariables(CaseScreeningProcess.ADVICE_ACKNOWLEDGED, true));

        assertThat(lifecycle).hasPassed(GATEWAY_IS_ACCEPTED, END_EVENT_CASE_REFUSED)
                .hasNotPassed(CALL_ACTIVITY_CONFERENCE).isEnded();
    }

    @Test
    void caseClosedAsIncompleteInTheScreeningEndsTheLifecycle() {
        ProcessInstance lifecycle = runtimeService().createProcessInstanceByKey(KEY)
                .businessKey(CASE)
                .setVariables(Referral.complexCase().registeredVariables())
                .setVariable(SCREENING_OUTCOME, SCREENING_OUTCOME_INCOMPLETE)
                .startBeforeActivity(GATEWAY_IS_ACCEPTED)
                .execute();

        assertThat(lifecycle).hasPassed(GATEWAY_IS_ACCEPTED, END_EVENT_CASE_CLOSED_INCOMPLETE).isEnded();
    }

    @Test
    void referralJoiningAnActiveCaseEndsAfterTheReferrerHasSeenTheLink() {
        ProcessInstance lifecycle = referCase(Referral.complexCase().joiningActiveCase("VH-2025-000042"));

        ProcessInstance intake = calledProcessInstance(CaseIntakeProcess.KEY, lifecycle);
        assertThat(intake).isWaitingAt(CaseIntakeProcess.USER_TASK_REVIEW_LINKED_REFERRAL);
        Task review = task(CaseIntakeProcess.USER_TASK_REVIEW_LINKED_REFERRAL, intake);
        assertThat(review).hasCandidateGroup("politie").hasName("Koppeling aan bestaande casus bekijken — VH-2025-000042");

        complete(review, withVariables(CaseIntakeProcess.LINK_ACKNOWLEDGED, true));

        assertThat(lifecycle).hasPassed(GATEWAY_IS_NEW_CASE, END_EVENT_REFERRAL_LINKED)
                .hasNotPassed(CALL_ACTIVITY_SCREENING).isEnded();
        assertThat(processInstanceQuery().processDefinitionKey(CaseScreeningProcess.KEY).count()).isZero();
    }

    @Test
    void caseWithdrawnDuringTheScreeningCancelsTheScreening() {
        ProcessInstance lifecycle = referCase(Referral.complexCase());
        execute(job(lifecycle));
        ProcessInstance screening = screeningOf(lifecycle);
        assertThat(screening).isWaitingAt(CaseScreeningProcess.USER_TASK_SCREEN_CASE);

        runtimeService().createMessageCorrelation(MESSAGE_CASE_WITHDRAWN)
                .processInstanceBusinessKey(CASE)
                .setVariable("withdrawalReason", "Betrokkene verhuist naar het buitenland")
                .correlate();

        assertThat(screening).isEnded();
        assertThat(taskQuery().processInstanceBusinessKey(CASE).count()).as("screening task withdrawn").isZero();
        assertThat(lifecycle).hasPassed(START_EVENT_CASE_WITHDRAWN).isWaitingAt(SERVICE_TASK_WITHDRAW_CASE);

        execute(job(lifecycle));

        assertThat(lifecycle).hasPassed(SERVICE_TASK_WITHDRAW_CASE, END_EVENT_CASE_WITHDRAWN)
                .hasNotPassed(GATEWAY_IS_ACCEPTED).isEnded();
        assertThat(delegates.calls()).endsWith(WITHDRAW_CASE_DELEGATE);
    }

    @Test
    void invalidReferralMakesTheStartFailAndStoresNothing() {
        delegates.willRegister(Referral.complexCase().invalid("BSN 123456789 voldoet niet aan de elfproef"));

        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, startForm()))
                .hasMessageContaining("elfproef");

        assertThat(processInstanceQuery().count()).isZero();
        assertThat(historyService().createHistoricProcessInstanceQuery().count()).isZero();
        assertThat(historyService().createHistoricVariableInstanceQuery().count()).isZero();
    }
}
