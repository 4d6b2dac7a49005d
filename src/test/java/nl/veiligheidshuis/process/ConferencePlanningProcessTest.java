package nl.veiligheidshuis.process;

import static nl.veiligheidshuis.planning.ConferencePlanningProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.planning.PlanningWeek;
import nl.veiligheidshuis.process.support.ProcessCoverage;
import nl.veiligheidshuis.process.support.ProcessTestCase;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code conference-planning}: one instance per region and week proposes the week's conference slots, process direction
 * of the region confirms them or asks for a new proposal. Delegates are fakes that set what the real ones set
 * ({@code ConferencePlans} has its own tests); the decision check behaves as the real one.
 */
@Deployment(resources = {"processes/conference-planning.bpmn", "forms/planning-week.form"})
class ConferencePlanningProcessTest extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessCoverage.extension();

    @Override
    protected ProcessEngineExtension extension() {
        return extension;
    }

    static final PlanningWeek WEEK = PlanningWeek.parse("2026-W10");
    static final String SUMMARY_1 = "Week 2026-W10: 1 casusoverleg, 2 casussen (ten hoogste 6 per overleg).\n\n**Overleg 1**: Gemeente, Politie\n"
            + "- VH-2026-000001 (urgent)\n- VH-2026-000002 (normaal)\n";
    static final String SUMMARY_2 = "Week 2026-W10: 2 casusoverleggen, 3 casussen (ten hoogste 6 per overleg).";

    private final List<String> calls = new ArrayList<>();
    private int proposals;

    @BeforeEach
    void fakeDelegates() {
        Mocks.register(PROPOSE_CONFERENCE_PLAN_DELEGATE, (JavaDelegate) this::propose);
        Mocks.register(CONFIRM_CONFERENCE_PLAN_DELEGATE, (JavaDelegate) execution -> calls.add(CONFIRM_CONFERENCE_PLAN_DELEGATE));
        Mocks.register(PLANNING_DECISION_CHECK, (TaskListener) this::checkDecision);
    }

    /** As the real delegate: ids, counts and a summary without personal data; a new proposal clears the decision. */
    private void propose(DelegateExecution execution) {
        calls.add(PROPOSE_CONFERENCE_PLAN_DELEGATE);
        proposals++;
        execution.setVariable(PLAN_ID, 11L);
        execution.setVariable(SLOT_COUNT, proposals);
        execution.setVariable(CASE_COUNT, proposals + 1);
        execution.setVariable(PLANNING_SUMMARY, proposals == 1 ? SUMMARY_1 : SUMMARY_2);
        execution.removeVariable(PLANNING_DECISION);
    }

    /** As {@code PlanningDecisionCheck}. */
    private void checkDecision(DelegateTask task) {
        Object decision = task.getVariable(PLANNING_DECISION);
        if (!DECISION_CONFIRM.equals(decision) && !DECISION_PROPOSE_AGAIN.equals(decision)) {
            throw new BadUserRequestException(PLANNING_DECISION + ": Kies 'Weekplanning vaststellen' of 'Opnieuw voorstellen'");
        }
    }

    private ProcessInstance start(String region) {
        return runtimeService().createProcessInstanceByKey(KEY)
                .businessKey(businessKey(region, WEEK))
                .setVariables(Map.of(REGION, region, PLANNING_WEEK, WEEK.toString()))
                .execute();
    }

    @Test
    void theWeeksProposalIsConfirmedByProcessDirectionOfTheRegion() {
        ProcessInstance planning = start("utrecht");

        assertThat(planning).hasPassed(START_EVENT_WEEK_STARTS, SERVICE_TASK_PROPOSE_PLAN).isWaitingAt(USER_TASK_CONFIRM_PLAN);
        assertThat(planning.getTenantId()).isEqualTo("utrecht");
        assertThat(planning.getBusinessKey()).isEqualTo("utrecht-2026-W10");
        assertThat(planning).variables().containsEntry(PLAN_ID, 11L).containsEntry(SLOT_COUNT, 1).containsEntry(PLANNING_SUMMARY, SUMMARY_1)
                .containsOnlyKeys(REGION, PLANNING_WEEK, PLAN_ID, SLOT_COUNT, CASE_COUNT, PLANNING_SUMMARY);

        Task confirm = task(USER_TASK_CONFIRM_PLAN, planning);
        assertThat(confirm).hasName("Weekplanning casusoverleg vaststellen — 2026-W10").hasCandidateGroup("procesregie")
                .isNotAssigned();
        assertThat(confirm.getTenantId()).isEqualTo("utrecht");
        assertThat(confirm).hasDueDate(startPlus(Duration.ofDays(2)));
        assertThat(deployedFormIdOf(confirm)).isEqualTo(FORM_WEEK);

        complete(confirm, withVariables(PLANNING_DECISION, DECISION_CONFIRM));

        assertThat(planning).hasPassedInOrder(SERVICE_TASK_PROPOSE_PLAN, USER_TASK_CONFIRM_PLAN, GATEWAY_PLAN_CONFIRMED,
                SERVICE_TASK_RECORD_CONFIRMATION, END_EVENT_PLAN_CONFIRMED).isEnded();
        assertThat(calls).containsExactly(PROPOSE_CONFERENCE_PLAN_DELEGATE, CONFIRM_CONFERENCE_PLAN_DELEGATE);
    }

    @Test
    void processDirectionAsksForANewProposalAndConfirmsThatOne() {
        ProcessInstance planning = start("rotterdam-rijnmond");

        complete(task(USER_TASK_CONFIRM_PLAN, planning), withVariables(PLANNING_DECISION, DECISION_PROPOSE_AGAIN));

        assertThat(planning).isWaitingAt(USER_TASK_CONFIRM_PLAN);
        assertThat(planning).variables().containsEntry(SLOT_COUNT, 2).containsEntry(PLANNING_SUMMARY, SUMMARY_2)
                .doesNotContainKey(PLANNING_DECISION);
        assertThat(calls).containsExactly(PROPOSE_CONFERENCE_PLAN_DELEGATE, PROPOSE_CONFERENCE_PLAN_DELEGATE);
        Task second = task(USER_TASK_CONFIRM_PLAN, planning);
        assertThat(second.getTenantId()).isEqualTo("rotterdam-rijnmond");
        assertThat(second).hasCandidateGroup("procesregie");

        complete(second, withVariables(PLANNING_DECISION, DECISION_CONFIRM));

        assertThat(planning).hasPassed(SERVICE_TASK_RECORD_CONFIRMATION).hasPassed(END_EVENT_PLAN_CONFIRMED).isEnded();
        assertThat(calls).containsExactly(PROPOSE_CONFERENCE_PLAN_DELEGATE, PROPOSE_CONFERENCE_PLAN_DELEGATE,
                CONFIRM_CONFERENCE_PLAN_DELEGATE);
    }

    @Test
    void aCompletionWithoutAValidDecisionIsRefusedAndTheTaskStays() {
        ProcessInstance planning = start("utrecht");
        Task confirm = task(USER_TASK_CONFIRM_PLAN, planning);

        // the engine wraps a task listener's exception; Tasklist and engine REST show its message
        assertThatThrownBy(() -> taskService().complete(confirm.getId())).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Kies 'Weekplanning vaststellen' of 'Opnieuw voorstellen'");
        assertThatThrownBy(() -> taskService().complete(confirm.getId(), Map.of(PLANNING_DECISION, "MAYBE")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining(PLANNING_DECISION);

        assertThat(planning).isWaitingAt(USER_TASK_CONFIRM_PLAN);
        assertThat(calls).containsExactly(PROPOSE_CONFERENCE_PLAN_DELEGATE);
    }

    @Test
    void anUnknownRegionCannotBeStarted() {
        assertThatThrownBy(() -> start("atlantis")).hasMessageContaining("Onbekende regio 'atlantis'");
    }
}
