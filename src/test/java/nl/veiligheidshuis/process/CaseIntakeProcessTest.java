package nl.veiligheidshuis.process;

import static nl.veiligheidshuis.casefile.CaseVariables.*;
import static nl.veiligheidshuis.intake.CaseIntakeProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import nl.veiligheidshuis.process.support.ProcessCoverage;
import nl.veiligheidshuis.process.support.ProcessTestCase;
import nl.veiligheidshuis.process.support.Referral;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code case-intake}: registration, the link to an active case, the hit in another region. */
@Deployment(resources = {
        "processes/case-intake.bpmn",
        "forms/linked-referral-notice.form",
        "forms/other-region-hit.form"})
class CaseIntakeProcessTest extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessCoverage.extension();

    @Override
    protected ProcessEngineExtension extension() {
        return extension;
    }

    private ProcessInstance startIntake(Referral referral) {
        delegates.willRegister(referral);
        return runtimeService().startProcessInstanceByKey(KEY, withVariables(REGION, Referral.REGION_UTRECHT));
    }

    @Test
    void newReferralIsRegisteredAndTheIntakeCompletesAtOnce() {
        ProcessInstance intake = startIntake(Referral.complexCase());

        assertThat(intake).hasPassedInOrder(SERVICE_TASK_REGISTER_REFERRAL, GATEWAY_IS_LINKED, GATEWAY_IS_KNOWN_ELSEWHERE,
                GATEWAY_OTHER_REGION_JOIN, END_EVENT_INTAKE_COMPLETED).isEnded();
        assertThat(intake).hasNotPassed(USER_TASK_REVIEW_LINKED_REFERRAL, USER_TASK_AGREE_WITH_OTHER_REGION);
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(intake.getId()).singleResult()
                .getBusinessKey()).as("the case number is the business key").isEqualTo(Referral.NEW_CASE_NUMBER);
        assertThat(intake.getTenantId()).isEqualTo(Referral.REGION_UTRECHT);
        assertThat(delegates.calls()).containsExactly(REGISTER_REFERRAL_DELEGATE);
    }

    @Test
    void referralForAFamilyInAnActiveCaseIsLinkedAndTheReferrerIsTold() {
        ProcessInstance intake = startIntake(Referral.complexCase().joiningActiveCase("VH-2025-000042").referredBy("gemeente"));

        assertThat(intake).hasPassed(GATEWAY_IS_LINKED).isWaitingAt(USER_TASK_REVIEW_LINKED_REFERRAL);
        Task review = task(USER_TASK_REVIEW_LINKED_REFERRAL, intake);
        assertThat(review).hasName("Koppeling aan bestaande casus bekijken — VH-2025-000042").hasCandidateGroup("gemeente");
        assertThat(deployedFormIdOf(review)).isEqualTo(FORM_LINKED_REFERRAL_NOTICE);
        assertThat(intake).variables().containsEntry(LINKED_CASE_NUMBER, "VH-2025-000042");

        complete(review, withVariables(LINK_ACKNOWLEDGED, true));
        assertThat(intake).hasPassed(END_EVENT_REFERRAL_LINKED).hasNotPassed(GATEWAY_IS_KNOWN_ELSEWHERE).isEnded();
    }

    @Test
    void subjectActiveInAnotherRegionIsAgreedWithThatRegionFirst() {
        ProcessInstance intake = startIntake(Referral.complexCase().knownInRegion("zuid-limburg"));

        assertThat(intake).hasPassed(GATEWAY_IS_KNOWN_ELSEWHERE).isWaitingAt(USER_TASK_AGREE_WITH_OTHER_REGION);
        Task agree = task(USER_TASK_AGREE_WITH_OTHER_REGION, intake);
        assertThat(agree).hasName("Afstemmen met andere regio — " + Referral.NEW_CASE_NUMBER)
                .hasCandidateGroup("procesregie")
                .hasDueDate(startPlus(Duration.ofDays(3)));
        assertThat(deployedFormIdOf(agree)).isEqualTo(FORM_OTHER_REGION_HIT);

        complete(agree, withVariables(OTHER_REGION_AGREED, true));
        assertThat(intake).hasPassedInOrder(USER_TASK_AGREE_WITH_OTHER_REGION, GATEWAY_OTHER_REGION_JOIN,
                END_EVENT_INTAKE_COMPLETED).isEnded();
    }
}
