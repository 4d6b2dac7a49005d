package nl.veiligheidshuis.process.plan;

import static nl.veiligheidshuis.casefile.CaseVariables.*;
import static nl.veiligheidshuis.plan.ActionPlanProcess.*;
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
import nl.veiligheidshuis.process.support.Referral;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code action-plan}: the case director drafts the plan, every partner with agreements confirms its own in a
 * parallel multi-instance, a rejection goes back to the director and only touched partners confirm again, a
 * family member at risk gets an own case, and timers remind when the director or a partner does not act.
 * Delegates are fakes ({@link PlanFakes}).
 */
@Deployment(resources = {
        "processes/action-plan.bpmn",
        "forms/plan-draft.form",
        "forms/plan-revise.form",
        "forms/plan-confirm-agreements.form",
        "forms/plan-confirmation-overdue.form",
        "forms/plan-overdue.form"})
class ActionPlanProcessTest extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessCoverage.extension();

    @Override
    protected ProcessEngineExtension extension() {
        return extension;
    }

    private static final String CASE = Referral.NEW_CASE_NUMBER;
    private static final String DIRECTOR_PARTNER = "jeugdzorg";
    private static final String DIRECTOR_USER = "jeugdzorg.utrecht";

    private PlanFakes plan;

    @BeforeEach
    void registerPlanFakes() {
        plan = new PlanFakes().register();
    }

    /** What case-lifecycle passes in: the case's variables and the case director from the conference. */
    private static Map<String, Object> caseVariables() {
        Map<String, Object> variables = new LinkedHashMap<>(Referral.complexCase().registeredVariables());
        variables.put(PRIORITY, "HIGH");
        variables.put(TASK_PRIORITY, 70);
        variables.put(CASE_DIRECTOR_PARTNER, DIRECTOR_PARTNER);
        variables.put(CASE_DIRECTOR_USER, DIRECTOR_USER);
        return variables;
    }

    private ProcessInstance startPlan() {
        return runtimeService().startProcessInstanceByKey(KEY, CASE, caseVariables());
    }

    /** Completes the draft (or revision) and runs the save point after storing the version. */
    private static void submit(ProcessInstance instance, String userTask, DraftForm form) {
        complete(task(userTask, instance), form.variables());
        assertThat(instance).isWaitingAt(SERVICE_TASK_STORE_PLAN_VERSION);
        execute(job(instance));
    }

    private static List<Task> confirmations(ProcessInstance instance) {
        return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(USER_TASK_CONFIRM_AGREEMENTS).list();
    }

    private static Task confirmationOf(ProcessInstance instance, String partner) {
        return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(USER_TASK_CONFIRM_AGREEMENTS).taskCandidateGroup(partner)
                .singleResult();
    }

    /** A partner decides with its mandate; its decision is recorded in the completion, the rest runs after the save point. */
    private static void decide(ProcessInstance instance, String partner, String decision, String reason) {
        Task confirmation = confirmationOf(instance, partner);
        assertThat(confirmation).as("confirmation task of " + partner).isNotNull();
        complete(confirmation, withVariables(AGREEMENTS_DECISION, decision, AGREEMENTS_REJECTION_REASON, reason, AGREEMENTS_MANDATE, true));
        execute(jobQuery().processInstanceId(instance.getId()).activityId(SERVICE_TASK_RECORD_AGREEMENT_DECISION).executable().list().get(0));
    }

    private List<String> candidateGroupsOf(List<Task> tasks) {
        List<String> groups = new ArrayList<>();
        for (Task confirmation : tasks) {
            engine().getTaskService().getIdentityLinksForTask(confirmation.getId()).stream().filter(link -> link.getGroupId() != null)
                    .forEach(link -> groups.add(link.getGroupId()));
        }
        return groups;
    }

    @Test
    void thePlanIsDraftedByTheCaseDirectorAndFixedWhenEveryPartnerConfirms() {
        ProcessInstance instance = startPlan();

        assertThat(instance).isWaitingAt(USER_TASK_DRAFT_PLAN).hasPassed(SERVICE_TASK_PREPARE_PLAN);
        assertThat(instance.getTenantId()).isEqualTo(Referral.REGION_UTRECHT);
        Task draft = task(USER_TASK_DRAFT_PLAN, instance);
        assertThat(draft).hasName("Plan van aanpak opstellen — " + CASE).isAssignedTo(DIRECTOR_USER).hasDueDate(startPlus(Duration.ofDays(10)));
        assertThat(candidateGroupsOf(List.of(draft))).as("a colleague of the director can take over").containsExactly(DIRECTOR_PARTNER);
        assertThat(draft.getPriority()).isEqualTo(70);
        assertThat(draft.getTenantId()).isEqualTo(Referral.REGION_UTRECHT);
        assertThat(deployedFormIdOf(draft)).isEqualTo(FORM_DRAFT);
        assertThat(instance).variables().containsEntry(PLAN_PREFILLED_SLOTS, 0).containsEntry(PLAN_BASE_VERSION, null);

        // two agreements for the police, one each for mental health care and the municipality
        complete(draft, DraftForm.withAgreementsFor("politie", "ggz").agreement("politie", "Wijkagent bezoekt het gezin").agreement("gemeente",
                "Schuldhulp").variables());

        // the version is stored with the completion; the rest runs after the save point
        assertThat(instance).isWaitingAt(SERVICE_TASK_STORE_PLAN_VERSION);
        assertThat(runtimeService().getVariables(instance.getId())).as("the form's free text left the engine")
                .doesNotContainKeys(PLAN_GOAL, goalOf("EDUCATION_WORK"), agreementDescription(1), agreementPartner(1), PLAN_PREFILLED_SLOTS,
                        PLAN_CURRENT_AGREEMENTS)
                .containsEntry(PLAN_VERSION, 1)
                .containsEntry(PLAN_PARTNERS, List.of("politie", "ggz", "gemeente"));
        // the multi-instance collection is a java.util.ArrayList stored as JSON, never Java-serialized
        TypedValue partners = runtimeService().getVariableTyped(instance.getId(), PLAN_PARTNERS, false);
        assertThat(partners).isInstanceOf(ObjectValue.class);
        assertThat(((ObjectValue) partners).getSerializationDataFormat()).isEqualTo("application/json");
        assertThat(((ObjectValue) partners).getValueSerialized()).isEqualTo("[\"politie\",\"ggz\",\"gemeente\"]");
        execute(job(instance));

        assertThat(instance).hasPassed(GATEWAY_FAMILY_APPROACH, GATEWAY_FAMILY_APPROACH_JOIN).hasNotPassed(SERVICE_TASK_REGISTER_PREVENTIVE_CASE);
        List<Task> confirmations = confirmations(instance);
        assertThat(confirmations).hasSize(3).allSatisfy(t -> {
            assertThat(t.getName()).isEqualTo("Afspraken bevestigen — " + CASE);
            assertThat(t.getTenantId()).isEqualTo(Referral.REGION_UTRECHT);
            assertThat(t.getDueDate()).isEqualTo(startPlus(Duration.ofDays(5)));
            assertThat(t.getAssignee()).isNull();
            assertThat(deployedFormIdOf(t)).isEqualTo(FORM_CONFIRM_AGREEMENTS);
        });
        assertThat(candidateGroupsOf(confirmations)).containsExactlyInAnyOrder("politie", "ggz", "gemeente");
        // each partner's form shows its own agreements only, from a variable local to its instance
        Task police = confirmationOf(instance, "politie");
        assertThat(engine().getTaskService().getVariable(police.getId(), PARTNER_AGREEMENTS).toString())
                .contains("Begeleiding door politie", "Wijkagent bezoekt het gezin").doesNotContain("ggz", "Schuldhulp");
        assertThat(runtimeService().getVariablesLocal(instance.getId())).doesNotContainKey(PARTNER_AGREEMENTS);

        decide(instance, "politie", DECISION_CONFIRMED, null);
        decide(instance, "ggz", DECISION_CONFIRMED, null);
        assertThat(runtimeService().getVariablesLocal(instance.getId())).as("decisions stay in each partner's instance")
                .doesNotContainKeys(AGREEMENTS_DECISION, AGREEMENTS_MANDATE, AGREEMENTS_REJECTION_REASON);
        decide(instance, "gemeente", DECISION_CONFIRMED, null);

        assertThat(instance).hasPassed(SUB_PROCESS_CONFIRM_AGREEMENTS, SERVICE_TASK_EVALUATE_CONFIRMATIONS, GATEWAY_ALL_CONFIRMED,
                SERVICE_TASK_FIX_PLAN, END_EVENT_PLAN_FIXED).hasNotPassed(SERVICE_TASK_PREPARE_REVISION).isEnded();
        assertThat(instance).variables().containsEntry(PLAN_FIXED, true).containsEntry(PLAN_VERSION, 1);
        assertThat(plan.recordedDecisions()).containsExactly("politie=CONFIRMED", "ggz=CONFIRMED", "gemeente=CONFIRMED");
        assertThat(plan.calls()).containsExactly(PREPARE_PLAN_DELEGATE, STORE_PLAN_VERSION_DELEGATE, PREPARE_PARTNER_AGREEMENTS_DELEGATE,
                PREPARE_PARTNER_AGREEMENTS_DELEGATE, PREPARE_PARTNER_AGREEMENTS_DELEGATE, RECORD_AGREEMENT_DECISION_DELEGATE,
                RECORD_AGREEMENT_DECISION_DELEGATE, RECORD_AGREEMENT_DECISION_DELEGATE, EVALUATE_CONFIRMATIONS_DELEGATE, FIX_PLAN_DELEGATE);
        assertThat(jobQuery().processInstanceId(instance.getId()).count()).as("no timer left").isZero();
    }

    @Test
    void aRejectionGoesBackToTheCaseDirectorAndOnlyTheRejectingPartnerConfirmsTheNewVersion() {
        ProcessInstance instance = startPlan();
        submit(instance, USER_TASK_DRAFT_PLAN, DraftForm.withAgreementsFor("politie", "ggz", "gemeente"));

        decide(instance, "politie", DECISION_REJECTED, "Wij kunnen geen wekelijks huisbezoek toezeggen");
        decide(instance, "ggz", DECISION_CONFIRMED, null);
        decide(instance, "gemeente", DECISION_CONFIRMED, null);

        assertThat(instance).hasPassed(GATEWAY_ALL_CONFIRMED, SERVICE_TASK_PREPARE_REVISION).hasNotPassed(SERVICE_TASK_FIX_PLAN)
                .isWaitingAt(USER_TASK_REVISE_PLAN);
        Task revise = task(USER_TASK_REVISE_PLAN, instance);
        assertThat(revise).hasName("Plan van aanpak aanpassen — " + CASE).isAssignedTo(DIRECTOR_USER).hasDueDate(startPlus(Duration.ofDays(5)));
        assertThat(candidateGroupsOf(List.of(revise))).containsExactly(DIRECTOR_PARTNER);
        assertThat(deployedFormIdOf(revise)).isEqualTo(FORM_REVISE);
        // the revision form is prefilled with version 1 and shows the rejection
        assertThat(instance).variables().containsEntry(PLAN_BASE_VERSION, 1).containsEntry(PLAN_PREFILLED_SLOTS, 3)
                .containsEntry(agreementPartner(1), "politie").containsKey(PLAN_REJECTIONS);
        assertThat(runtimeService().getVariable(instance.getId(), PLAN_REJECTIONS).toString()).contains("politie").doesNotContain("ggz");

        submit(instance, USER_TASK_REVISE_PLAN, DraftForm.withAgreementsFor("politie", "ggz", "gemeente")
                .change(1, "Wijkagent bezoekt het gezin eens per maand"));

        assertThat(instance).variables().containsEntry(PLAN_VERSION, 2).containsEntry(PLAN_PARTNERS, List.of("politie"))
                .doesNotContainKeys(PLAN_REJECTIONS, agreementDescription(1));
        assertThat(candidateGroupsOf(confirmations(instance))).containsExactly("politie");
        decide(instance, "politie", DECISION_CONFIRMED, null);

        assertThat(instance).hasPassed(SERVICE_TASK_FIX_PLAN, END_EVENT_PLAN_FIXED).isEnded();
        assertThat(instance).variables().containsEntry(PLAN_FIXED, true).containsEntry(PLAN_VERSION, 2);
        assertThat(plan.recordedDecisions()).containsExactly("politie=REJECTED", "ggz=CONFIRMED", "gemeente=CONFIRMED", "politie=CONFIRMED");
    }

    @Test
    void aRejectionWithoutAReasonFailsTheCompletionAndTheTaskStaysOpen() {
        ProcessInstance instance = startPlan();
        submit(instance, USER_TASK_DRAFT_PLAN, DraftForm.withAgreementsFor("politie"));
        Task police = confirmationOf(instance, "politie");

        assertThatThrownBy(() -> complete(police, withVariables(AGREEMENTS_DECISION, DECISION_REJECTED, AGREEMENTS_MANDATE, true)))
                .hasMessageContaining(PlanFakes.NO_REASON);

        assertThat(confirmationOf(instance, "politie").getId()).isEqualTo(police.getId());
        assertThat(plan.recordedDecisions()).isEmpty();
    }

    @Test
    void aDraftWithoutAgreementsFailsTheCompletionAndKeepsTheDraftOpen() {
        ProcessInstance instance = startPlan();
        Task draft = task(USER_TASK_DRAFT_PLAN, instance);
        Map<String, Object> noAgreement = DraftForm.withAgreementsFor().variables();

        assertThatThrownBy(() -> complete(draft, noAgreement)).hasMessageContaining(PlanFakes.NO_AGREEMENT);

        assertThat(instance).isWaitingAt(USER_TASK_DRAFT_PLAN);
        assertThat(task(USER_TASK_DRAFT_PLAN, instance).getId()).isEqualTo(draft.getId());
        assertThat(runtimeService().getVariables(instance.getId())).as("nothing stored").doesNotContainKeys(PLAN_GOAL, PLAN_VERSION);
    }

    @Test
    void aRevisionOfAFixedPlanIsConfirmedOnlyByThePartnerWhoseAgreementsChanged() {
        DraftForm fixedPlan = DraftForm.withAgreementsFor("politie", "ggz", "gemeente");
        plan.withFixedPlan(3, fixedPlan.variables());

        ProcessInstance instance = startPlan();

        // the draft starts from the plan in force, shown and prefilled
        assertThat(instance).isWaitingAt(USER_TASK_DRAFT_PLAN);
        assertThat(instance).variables().containsEntry(PLAN_BASE_VERSION, 3).containsEntry(PLAN_PREFILLED_SLOTS, 3)
                .containsEntry(agreementPartner(2), "ggz").containsEntry(agreementDescription(2), "Begeleiding door ggz")
                .containsKey(PLAN_CURRENT_AGREEMENTS).containsEntry(PLAN_REJECTIONS, null);

        submit(instance, USER_TASK_DRAFT_PLAN, fixedPlan.change(2, "Ambulante behandeling, twee keer per week"));

        assertThat(instance).variables().containsEntry(PLAN_VERSION, 4).containsEntry(PLAN_PARTNERS, List.of("ggz"));
        assertThat(candidateGroupsOf(confirmations(instance))).containsExactly("ggz");
        decide(instance, "ggz", DECISION_CONFIRMED, null);

        assertThat(instance).hasPassed(END_EVENT_PLAN_FIXED).isEnded();
        assertThat(plan.recordedDecisions()).containsExactly("ggz=CONFIRMED");
    }

    @Test
    void aRevisionThatTouchesNoPartnerIsFixedWithoutAskingAnyone() {
        DraftForm fixedPlan = DraftForm.withAgreementsFor("politie", "ggz");
        plan.withFixedPlan(1, fixedPlan.variables());
        ProcessInstance instance = startPlan();

        // only the plan's goal changes: every partner keeps its confirmation, the empty multi-instance completes at once
        Map<String, Object> goalOnly = fixedPlan.variables();
        goalOnly.put(PLAN_GOAL, "Sem haalt zijn diploma");
        complete(task(USER_TASK_DRAFT_PLAN, instance), goalOnly);
        execute(job(instance));

        assertThat(instance).hasPassed(SERVICE_TASK_EVALUATE_CONFIRMATIONS, END_EVENT_PLAN_FIXED).hasNotPassed(USER_TASK_CONFIRM_AGREEMENTS)
                .isEnded();
        assertThat(instance).variables().containsEntry(PLAN_PARTNERS, List.of()).containsEntry(PLAN_FIXED, true);
        assertThat(plan.calls()).doesNotContain(PREPARE_PARTNER_AGREEMENTS_DELEGATE);
    }

    @Test
    void aFamilyMemberAtRiskGetsAnOwnLinkedPreventiveCaseBeforeThePartnersConfirm() {
        ProcessInstance instance = startPlan();

        submit(instance, USER_TASK_DRAFT_PLAN, DraftForm.withAgreementsFor("jeugdzorg", "leerplicht").familyMemberAtRisk(APPROACH_OWN_CASE));

        assertThat(instance).hasPassed(GATEWAY_FAMILY_APPROACH, SERVICE_TASK_REGISTER_PREVENTIVE_CASE).isWaitingAt(SERVICE_TASK_REGISTER_PREVENTIVE_CASE);
        assertThat(runtimeService().getVariables(instance.getId())).as("the family member's personal data left the engine")
                .doesNotContainKeys(RISK_MEMBER_GIVEN_NAME, RISK_MEMBER_FAMILY_NAME, RISK_MEMBER_DATE_OF_BIRTH, RISK_MEMBER_REASON)
                .containsEntry(PLAN_FAMILY_APPROACH, APPROACH_OWN_CASE)
                .containsEntry(PLAN_LINKED_CASE_NUMBER, PlanFakes.LINKED_CASE_NUMBER);
        execute(job(instance));

        assertThat(instance).hasPassed(GATEWAY_FAMILY_APPROACH_JOIN);
        assertThat(candidateGroupsOf(confirmations(instance))).containsExactlyInAnyOrder("jeugdzorg", "leerplicht");
        decide(instance, "jeugdzorg", DECISION_CONFIRMED, null);
        decide(instance, "leerplicht", DECISION_CONFIRMED, null);
        assertThat(instance).hasPassed(END_EVENT_PLAN_FIXED).isEnded();
    }

    @Test
    void aFamilyMemberTakenIntoThisPlanNeedsNoOwnCase() {
        ProcessInstance instance = startPlan();

        submit(instance, USER_TASK_DRAFT_PLAN, DraftForm.withAgreementsFor("jeugdzorg").familyMemberAtRisk(APPROACH_IN_PLAN));

        assertThat(instance).variables().containsEntry(PLAN_FAMILY_APPROACH, APPROACH_IN_PLAN);
        assertThat(instance).hasPassed(GATEWAY_FAMILY_APPROACH_JOIN).hasNotPassed(SERVICE_TASK_REGISTER_PREVENTIVE_CASE);
        assertThat(confirmations(instance)).hasSize(1);
    }

    @Test
    void eightPartnersEachConfirmTheirOwnAgreementsInTheirOwnInbox() {
        List<String> partners = List.of("gemeente", "om", "politie", "reclassering", "rvdk", "jeugdzorg", "ggz", "leerplicht");
        ProcessInstance instance = startPlan();

        submit(instance, USER_TASK_DRAFT_PLAN, DraftForm.withAgreementsFor(partners.toArray(String[]::new)));

        List<Task> confirmations = confirmations(instance);
        assertThat(confirmations).hasSize(8);
        assertThat(candidateGroupsOf(confirmations)).containsExactlyInAnyOrderElementsOf(partners);
        for (String partner : partners) {
            assertThat(engine().getTaskService().getVariable(confirmationOf(instance, partner).getId(), PARTNER_AGREEMENTS).toString())
                    .contains("Begeleiding door " + partner);
        }
        for (String partner : partners) {
            assertThat(instance).isNotEnded();
            decide(instance, partner, DECISION_CONFIRMED, null);
        }

        assertThat(instance).hasPassed(END_EVENT_PLAN_FIXED).isEnded();
        assertThat(plan.recordedDecisions()).hasSize(8).allMatch(decision -> decision.endsWith("=CONFIRMED"));
    }

    @Test
    void aPartnerThatDoesNotConfirmInTimeIsFollowedUpByTheCaseDirector() {
        ProcessInstance instance = startPlan();
        submit(instance, USER_TASK_DRAFT_PLAN, DraftForm.withAgreementsFor("politie", "ggz"));
        decide(instance, "politie", DECISION_CONFIRMED, null);
        Job overdue = assertDueAt(job(jobQuery().timers().activityId(BOUNDARY_EVENT_CONFIRMATION_OVERDUE), instance),
                startPlus(Duration.ofDays(5)));
        assertThat(jobQuery().timers().processInstanceId(instance.getId()).count()).as("one timer per open confirmation").isEqualTo(1);

        advanceClock(Duration.ofDays(5).plusMinutes(1));
        execute(overdue);

        Task followUp = task(USER_TASK_FOLLOW_UP_CONFIRMATION, instance);
        assertThat(followUp).hasName("Uitblijvende bevestiging opvolgen — " + CASE + " (ggz)").isAssignedTo(DIRECTOR_USER)
                .hasDueDate(startPlus(Duration.ofDays(7).plusMinutes(1)));
        assertThat(candidateGroupsOf(List.of(followUp))).containsExactly(DIRECTOR_PARTNER);
        assertThat(deployedFormIdOf(followUp)).isEqualTo(FORM_CONFIRMATION_OVERDUE);
        assertThat(confirmationOf(instance, "ggz")).as("the partner's task stays open").isNotNull();

        complete(followUp, withVariables(CONFIRMATION_FOLLOWED_UP, true));
        assertThat(instance).hasPassed(END_EVENT_CONFIRMATION_FOLLOWED_UP);
        decide(instance, "ggz", DECISION_CONFIRMED, null);
        assertThat(instance).hasPassed(END_EVENT_PLAN_FIXED).isEnded();
    }

    @Test
    void aConfirmationAfterTheReminderEndsTheOpenFollowUp() {
        ProcessInstance instance = startPlan();
        submit(instance, USER_TASK_DRAFT_PLAN, DraftForm.withAgreementsFor("ggz"));
        advanceClock(Duration.ofDays(6));
        execute(job(jobQuery().timers().activityId(BOUNDARY_EVENT_CONFIRMATION_OVERDUE), instance));
        assertThat(instance).isWaitingAt(USER_TASK_CONFIRM_AGREEMENTS, USER_TASK_FOLLOW_UP_CONFIRMATION);

        decide(instance, "ggz", DECISION_CONFIRMED, null);

        assertThat(instance).hasPassed(END_EVENT_PARTNER_DECIDED, END_EVENT_PLAN_FIXED).hasNotPassed(END_EVENT_CONFIRMATION_FOLLOWED_UP)
                .isEnded();
        assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void anOverdueDraftRemindsProcessDirectionWhileTheDraftStaysWithTheCaseDirector() {
        ProcessInstance instance = startPlan();
        Job overdue = assertDueAt(job(jobQuery().timers(), instance), startPlus(Duration.ofDays(10)));

        advanceClock(Duration.ofDays(10).plusMinutes(1));
        execute(overdue);

        assertThat(instance).isWaitingAt(USER_TASK_DRAFT_PLAN, USER_TASK_HANDLE_OVERDUE_PLAN);
        Task reminder = task(USER_TASK_HANDLE_OVERDUE_PLAN, instance);
        assertThat(reminder).hasName("Te laat plan van aanpak opvolgen — " + CASE).hasCandidateGroup("procesregie");
        assertThat(deployedFormIdOf(reminder)).isEqualTo(FORM_OVERDUE);

        complete(reminder, withVariables(PLAN_OVERDUE_ACKNOWLEDGED, true));
        assertThat(instance).hasPassed(END_EVENT_OVERDUE_PLAN_HANDLED).isWaitingAt(USER_TASK_DRAFT_PLAN);
        assertThat(jobQuery().timers().processInstanceId(instance.getId()).count()).as("one reminder only").isZero();
    }

    @Test
    void anOverdueRevisionRemindsProcessDirectionAndFixingThePlanEndsTheReminder() {
        Map<String, Object> variables = caseVariables();
        variables.put(PLAN_VERSION, 1);
        ProcessInstance instance = runtimeService().createProcessInstanceByKey(KEY).businessKey(CASE).setVariables(variables)
                .startBeforeActivity(SERVICE_TASK_PREPARE_REVISION).execute();
        assertThat(instance).isWaitingAt(USER_TASK_REVISE_PLAN);
        Job overdue = assertDueAt(job(jobQuery().timers().activityId(BOUNDARY_EVENT_REVISION_OVERDUE), instance),
                startPlus(Duration.ofDays(5)));

        advanceClock(Duration.ofDays(5).plusMinutes(1));
        execute(overdue);
        assertThat(instance).isWaitingAt(USER_TASK_REVISE_PLAN, USER_TASK_HANDLE_OVERDUE_PLAN);

        submit(instance, USER_TASK_REVISE_PLAN, DraftForm.withAgreementsFor("ggz"));
        decide(instance, "ggz", DECISION_CONFIRMED, null);

        assertThat(instance).hasPassed(END_EVENT_PLAN_FIXED).hasNotPassed(END_EVENT_OVERDUE_PLAN_HANDLED).isEnded();
        assertThat(taskQuery().processInstanceId(instance.getId()).count()).as("the reminder ended with the plan").isZero();
    }

    @Test
    void displayVariablesAreJsonForTheForms() {
        plan.withFixedPlan(1, DraftForm.withAgreementsFor("politie").variables());
        ProcessInstance instance = startPlan();

        TypedValue current = runtimeService().getVariableTyped(instance.getId(), PLAN_CURRENT_AGREEMENTS);
        assertThat(current.getType()).isEqualTo(SpinValueType.JSON);
    }
}
