package nl.veiligheidshuis.process;

import static nl.veiligheidshuis.transfer.CaseTransferProcess.*;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.process.support.ProcessCoverage;
import nl.veiligheidshuis.process.support.ProcessTestCase;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
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
 * {@code case-transfer}: process direction of Utrecht asks Rotterdam-Rijnmond to take a case over; the instance lives in
 * the target region's tenant, so Rotterdam-Rijnmond's process direction assesses it within 10 days: accept (a new case
 * is registered there), decline with a reason, or let 20 days pass (expired). Delegates are fakes that set what the
 * real ones set; {@code Transfers} has its own tests.
 */
@Deployment(resources = {"processes/case-transfer.bpmn", "forms/transfer-assess.form"})
class CaseTransferProcessTest extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessCoverage.extension();

    @Override
    protected ProcessEngineExtension extension() {
        return extension;
    }

    static final String ORIGIN_CASE = "VH-2026-000017";
    static final String NEW_CASE = "VH-2026-000042";
    static final long TRANSFER = 7L;
    static final String NO_REASON = "declineReason: Geef een reden waarom uw regio de casus niet overneemt";

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void fakeDelegates() {
        Mocks.register(REGISTER_TRANSFERRED_CASE_DELEGATE, (JavaDelegate) execution -> {
            calls.add(REGISTER_TRANSFERRED_CASE_DELEGATE);
            execution.setVariable(NEW_CASE_NUMBER, NEW_CASE);
            execution.setVariable(TRANSFER_OUTCOME, "ACCEPTED");
            execution.removeVariable(DECLINE_REASON);
        });
        Mocks.register(RECORD_TRANSFER_DECLINE_DELEGATE, (JavaDelegate) this::recordDecline);
        Mocks.register(EXPIRE_TRANSFER_DELEGATE, (JavaDelegate) execution -> {
            calls.add(EXPIRE_TRANSFER_DELEGATE);
            execution.setVariable(TRANSFER_OUTCOME, "EXPIRED");
        });
    }

    /** As the real delegate: a decline without a reason fails the completion; the reason leaves the engine. */
    private void recordDecline(DelegateExecution execution) {
        calls.add(RECORD_TRANSFER_DECLINE_DELEGATE);
        Object reason = execution.getVariable(DECLINE_REASON);
        if (reason == null || reason.toString().isBlank()) {
            throw new BadUserRequestException(NO_REASON);
        }
        execution.setVariable(TRANSFER_OUTCOME, "DECLINED");
        execution.removeVariable(DECLINE_REASON);
    }

    /** As {@code Transfers.request} starts it: references only, the target region as tenant, the origin case as business key. */
    private ProcessInstance requestTransfer() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(REGION, "rotterdam-rijnmond");
        variables.put(TRANSFER_ID, TRANSFER);
        variables.put(ORIGIN_CASE_NUMBER, ORIGIN_CASE);
        variables.put(ORIGIN_REGION, "utrecht");
        variables.put(ORIGIN_REGION_NAME, "Utrecht");
        variables.put(TARGET_REGION, "rotterdam-rijnmond");
        return runtimeService().createProcessInstanceByKey(KEY).businessKey(ORIGIN_CASE).setVariables(variables).execute();
    }

    private static Task assessment(ProcessInstance transfer) {
        return task(USER_TASK_ASSESS_TRANSFER, transfer);
    }

    @Test
    void processDirectionOfTheTargetRegionAcceptsWithinTenDaysAndTheCaseIsRegisteredThere() {
        ProcessInstance transfer = requestTransfer();

        assertThat(transfer).hasPassed(START_EVENT_TRANSFER_REQUESTED).isWaitingAt(USER_TASK_ASSESS_TRANSFER);
        assertThat(transfer.getTenantId()).isEqualTo("rotterdam-rijnmond");
        assertThat(transfer.getBusinessKey()).isEqualTo(ORIGIN_CASE);
        assertThat(transfer).variables().containsOnlyKeys(REGION, TRANSFER_ID, ORIGIN_CASE_NUMBER, ORIGIN_REGION, ORIGIN_REGION_NAME,
                TARGET_REGION);

        Task assess = assessment(transfer);
        assertThat(assess).hasName("Overdracht beoordelen — " + ORIGIN_CASE).hasCandidateGroup("procesregie")
                .hasDueDate(startPlus(Duration.ofDays(10)));
        assertThat(assess.getTenantId()).isEqualTo("rotterdam-rijnmond");
        assertThat(deployedFormIdOf(assess)).isEqualTo(FORM_ASSESS);
        assertDueAt(job(jobQuery().timers().activityId(BOUNDARY_EVENT_TRANSFER_UNANSWERED), transfer), startPlus(Duration.ofDays(20)));

        complete(assess, withVariables(TRANSFER_DECISION, DECISION_ACCEPT));

        // the new case is registered in the completion's transaction; the end follows after the save point
        assertThat(transfer).hasPassed(GATEWAY_TRANSFER_DECISION, SERVICE_TASK_REGISTER_TRANSFERRED_CASE)
                .isWaitingAt(SERVICE_TASK_REGISTER_TRANSFERRED_CASE);
        assertThat(transfer).variables().containsEntry(NEW_CASE_NUMBER, NEW_CASE).containsEntry(TRANSFER_OUTCOME, "ACCEPTED");
        assertThat(jobQuery().timers().processInstanceId(transfer.getId()).count()).as("the expiry timer is gone").isZero();
        execute(job(transfer));

        assertThat(transfer).hasPassed(END_EVENT_TRANSFER_ACCEPTED).hasNotPassed(SERVICE_TASK_RECORD_DECLINE, SERVICE_TASK_EXPIRE_TRANSFER)
                .isEnded();
        assertThat(calls).containsExactly(REGISTER_TRANSFERRED_CASE_DELEGATE);
    }

    @Test
    void aDeclineRecordsTheReasonAndKeepsItOutOfTheEngine() {
        ProcessInstance transfer = requestTransfer();

        complete(assessment(transfer), withVariables(TRANSFER_DECISION, DECISION_DECLINE, DECLINE_REASON,
                "De persoon woont niet in onze regio"));

        assertThat(transfer).hasPassed(SERVICE_TASK_RECORD_DECLINE).variables().containsEntry(TRANSFER_OUTCOME, "DECLINED")
                .doesNotContainKey(DECLINE_REASON);
        execute(job(transfer));
        assertThat(transfer).hasPassed(END_EVENT_TRANSFER_DECLINED).hasNotPassed(SERVICE_TASK_REGISTER_TRANSFERRED_CASE).isEnded();
        assertThat(calls).containsExactly(RECORD_TRANSFER_DECLINE_DELEGATE);
    }

    @Test
    void aDeclineWithoutAReasonFailsTheCompletionAndKeepsTheTaskOpen() {
        ProcessInstance transfer = requestTransfer();
        Task assess = assessment(transfer);

        assertThatThrownBy(() -> complete(assess, withVariables(TRANSFER_DECISION, DECISION_DECLINE))).hasMessageContaining(NO_REASON);

        assertThat(transfer).isWaitingAt(USER_TASK_ASSESS_TRANSFER);
        assertThat(assessment(transfer).getId()).isEqualTo(assess.getId());
        assertThat(runtimeService().getVariable(transfer.getId(), TRANSFER_DECISION)).as("nothing stored").isNull();
    }

    @Test
    void twentyDaysWithoutADecisionExpireTheTransferAndTakeTheTaskAway() {
        ProcessInstance transfer = requestTransfer();
        Job unanswered = job(jobQuery().timers().activityId(BOUNDARY_EVENT_TRANSFER_UNANSWERED), transfer);

        advanceClock(Duration.ofDays(20).minusMinutes(1));
        assertThat(jobQuery().timers().executable().processInstanceId(transfer.getId()).count()).as("not yet due").isZero();
        advanceClock(Duration.ofMinutes(2));
        assertThat(jobQuery().timers().executable().processInstanceId(transfer.getId()).count()).as("due now").isEqualTo(1);
        execute(unanswered);

        assertThat(transfer).hasPassed(BOUNDARY_EVENT_TRANSFER_UNANSWERED, SERVICE_TASK_EXPIRE_TRANSFER, END_EVENT_TRANSFER_EXPIRED).isEnded();
        assertThat(taskQuery().processInstanceId(transfer.getId()).count()).isZero();
        assertThat(calls).containsExactly(EXPIRE_TRANSFER_DELEGATE);
    }
}
