package nl.veiligheidshuis.process.conference;

import static nl.veiligheidshuis.casefile.CaseVariables.*;
import static nl.veiligheidshuis.conference.ConferenceProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.conference.PartnerProposal;
import nl.veiligheidshuis.conference.PreparationStatus;
import nl.veiligheidshuis.process.support.ProcessCoverage;
import nl.veiligheidshuis.process.support.ProcessTestCase;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code case-conference}: the real partner-selection table proposes, process direction chooses and plans, each
 * partner prepares in its own instance with its own reminder and deadline, the conference is recorded with a case
 * director. Delegates are fakes that apply the application's own rules; timers run on the engine's clock.
 */
@Deployment(resources = {
        "processes/case-conference.bpmn",
        "decisions/partner-selection.dmn",
        "forms/conference-participants.form",
        "forms/conference-schedule.form",
        "forms/conference-preparation.form",
        "forms/conference-preparation-reminder.form",
        "forms/conference-missing-preparation.form",
        "forms/conference-record.form"})
class CaseConferenceProcessTest extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessCoverage.extension();

    @Override
    protected ProcessEngineExtension extension() {
        return extension;
    }

    static final String CASE = "VH-2026-000123";
    static final String UTRECHT = "utrecht";
    /** Thursday 12 March 2026, 10:00 in Amsterdam. */
    static final Instant CONFERENCE_AT_10_00 = Instant.parse("2026-03-12T09:00:00Z");
    /** One working day before: Wednesday 11 March, 10:00. */
    static final Instant PREPARATION_DUE_AT = Instant.parse("2026-03-11T09:00:00Z");
    /** Two days before that: Monday 9 March, 10:00. */
    static final Instant REMINDER_AT = Instant.parse("2026-03-09T09:00:00Z");
    static final Instant RECORD_DUE_AT = Instant.parse("2026-03-13T09:00:00Z");

    /** A minor, domestic violence, a running criminal case and school absence (the referral example of design.md). */
    static final List<String> YOUTH_CASE = List.of("minorInvolved", DOMESTIC_VIOLENCE, RUNNING_CRIMINAL_CASE, SCHOOL_ATTENDANCE_PROBLEMS);
    static final List<String> YOUTH_CASE_PARTNERS = List.of("gemeente", "om", "politie", "rvdk", "jeugdzorg", "leerplicht");

    private ConferenceFakeDelegates conference;

    @BeforeEach
    void registerConferenceDelegates() {
        conference = new ConferenceFakeDelegates().register();
    }

    // ------------------------------------------------------------------ the whole conference

    @Test
    void allPartnersPrepareAndTheConferenceAppointsTheCaseDirector() {
        ProcessInstance instance = startConference(YOUTH_CASE);

        // the table proposed, de-duplicated, with the indicators that brought each partner
        assertThat(instance).isWaitingAt(USER_TASK_CHOOSE_PARTICIPANTS)
                .hasPassedInOrder(START_EVENT_CONFERENCE_REQUESTED, BUSINESS_RULE_TASK_SELECT_PARTNERS, SERVICE_TASK_RECORD_PARTNER_PROPOSAL);
        assertThat(conference.proposal().keySet()).containsExactlyElementsOf(YOUTH_CASE_PARTNERS);
        assertThat(conference.proposal().get("rvdk").reasons()).containsExactly("Minderjarige betrokken");
        assertThat(conference.proposal().get("gemeente").reasons()).containsExactly(PartnerProposal.ALWAYS);
        assertThat(instance).variables().containsEntry(CONFERENCE_ID, ConferenceFakeDelegates.CONFERENCE)
                .containsKey(PARTNER_PROPOSAL).doesNotContainKey(PARTNER_SELECTION).doesNotContainKey("decisionResult");
        assertThat(instance.getTenantId()).isEqualTo(UTRECHT);

        Task choose = task(USER_TASK_CHOOSE_PARTICIPANTS, instance);
        assertThat(choose).hasName("Deelnemers casusoverleg kiezen — " + CASE).hasCandidateGroup("procesregie")
                .hasDueDate(startPlus(Duration.ofDays(2)));
        assertThat(choose.getPriority()).isEqualTo(70);
        assertThat(choose.getTenantId()).isEqualTo(UTRECHT);
        assertThat(deployedFormIdOf(choose)).isEqualTo(FORM_PARTICIPANTS);

        complete(choose);
        // the choice is checked and stored with the completion; the rest runs after the save point
        assertThat(instance).isWaitingAt(SERVICE_TASK_RECORD_PARTICIPANTS);
        executeJobs(instance);

        // the participants are a JSON-serialized ArrayList: the multi-instance collection
        ObjectValue partners = runtimeService().getVariableTyped(instance.getId(), CONFERENCE_PARTNERS, false);
        assertThat(partners.getSerializationDataFormat()).isEqualTo("application/json");
        assertThat(partners.getObjectTypeName()).startsWith("java.util.ArrayList");
        assertThat(partners.getValueSerialized()).isEqualTo("[\"gemeente\",\"om\",\"politie\",\"rvdk\",\"jeugdzorg\",\"leerplicht\"]");

        Task schedule = task(USER_TASK_SCHEDULE_CONFERENCE, instance);
        assertThat(schedule).hasName("Casusoverleg plannen — " + CASE).hasCandidateGroup("procesregie");
        assertThat(deployedFormIdOf(schedule)).isEqualTo(FORM_SCHEDULE);
        complete(schedule, planning("12-03-2026", "10:00"));
        executeJobs(instance);

        assertThat(instance).isWaitingAt(USER_TASK_PREPARE_CONFERENCE).variables()
                .containsEntry(CONFERENCE_AT, Date.from(CONFERENCE_AT_10_00))
                .containsEntry(PREPARATION_DUE, Date.from(PREPARATION_DUE_AT))
                .containsEntry(PREPARATION_REMINDER_AT, Date.from(REMINDER_AT))
                .containsEntry(CONFERENCE_MOMENT, "donderdag 12 maart 2026 om 10:00, op locatie")
                .containsEntry(PREPARATION_DUE_TEXT, "woensdag 11 maart 2026 om 10:00")
                .doesNotContainKey(CONFERENCE_LOCATION);

        // one preparation per partner, in that partner's inbox of the region, each with its own reminder and deadline
        for (String partner : YOUTH_CASE_PARTNERS) {
            Task prepare = preparationTaskOf(instance, partner);
            assertThat(prepare).hasName("Casusoverleg voorbereiden — " + CASE).hasDueDate(Date.from(PREPARATION_DUE_AT));
            assertThat(prepare.getTenantId()).isEqualTo(UTRECHT);
            assertThat(deployedFormIdOf(prepare)).isEqualTo(FORM_PREPARATION);
        }
        assertThat(timers(instance, BOUNDARY_EVENT_PREPARATION_REMINDER)).hasSize(6)
                .allSatisfy(timer -> assertDueAt(timer, Date.from(REMINDER_AT)));
        assertThat(timers(instance, BOUNDARY_EVENT_PREPARATION_OVERDUE)).hasSize(6)
                .allSatisfy(timer -> assertDueAt(timer, Date.from(PREPARATION_DUE_AT)));

        for (String partner : YOUTH_CASE_PARTNERS) {
            complete(preparationTaskOf(instance, partner), preparation(partner));
        }
        // each partner's form variables lived in its own instance of the sub-process, never in the case's scope
        List<HistoricVariableInstance> shared = historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(PREPARATION_INFORMATION).includeDeleted().list();
        assertThat(shared).hasSize(6).allSatisfy(variable -> assertThat(variable.getActivityInstanceId()).startsWith(SUB_PROCESS_PREPARE_PARTNER));
        assertThat(runtimeService().getVariables(instance.getId())).doesNotContainKeys(PREPARATION_INFORMATION, ATTENDEE_NAME);
        executeJobs(instance);

        assertThat(instance).hasPassed(END_EVENT_PREPARATION_RECEIVED, SERVICE_TASK_PROPOSE_CASE_DIRECTOR, GATEWAY_ANY_PARTNER_NOT_PREPARED,
                GATEWAY_RECORD_JOIN).hasNotPassed(USER_TASK_FOLLOW_UP_MISSING_PREPARATION).isWaitingAt(USER_TASK_RECORD_CONFERENCE);
        assertThat(conference.preparation().values()).containsOnly(PreparationStatus.PREPARED);
        assertThat(timers(instance, BOUNDARY_EVENT_PREPARATION_OVERDUE)).as("no deadline left").isEmpty();
        // the weight of the problems: one indicator each, equal; youth care usually directs a youth case (§5.4)
        assertThat(instance).variables().containsEntry(PROPOSED_CASE_DIRECTOR_PARTNER, "jeugdzorg")
                .containsEntry(CASE_DIRECTOR_PARTNER, "jeugdzorg").containsEntry(NOT_PREPARED_COUNT, 0);

        Task record = task(USER_TASK_RECORD_CONFERENCE, instance);
        assertThat(record).hasName("Casusoverleg vastleggen — " + CASE).hasCandidateGroup("procesregie")
                .hasDueDate(Date.from(RECORD_DUE_AT));
        assertThat(deployedFormIdOf(record)).isEqualTo(FORM_RECORD);
        complete(record, conferenceRecord(YOUTH_CASE_PARTNERS, "jeugdzorg", "jeugdzorg.utrecht"));
        assertThat(instance).isWaitingAt(SERVICE_TASK_RECORD_CONFERENCE_OUTCOME);
        executeJobs(instance);

        assertThat(instance).hasPassed(END_EVENT_CONFERENCE_HELD).isEnded();
        assertThat(finalValue(instance, CASE_DIRECTOR_PARTNER)).isEqualTo("jeugdzorg");
        assertThat(finalValue(instance, CASE_DIRECTOR_USER)).isEqualTo("jeugdzorg.utrecht");
        assertThat(conference.calls()).startsWith(RECORD_PARTNER_PROPOSAL_DELEGATE, RECORD_PARTICIPANTS_DELEGATE, RECORD_SCHEDULE_DELEGATE)
                .endsWith(PROPOSE_CASE_DIRECTOR_DELEGATE, RECORD_CONFERENCE_OUTCOME_DELEGATE)
                .doesNotContain(MARK_PARTNER_ABSENT_DELEGATE);
    }

    @Test
    void aConferenceWithTenPartnersReachesEachPartnerOnceAndCompletes() {
        ProcessInstance instance = startConference(List.of("minorInvolved", DOMESTIC_VIOLENCE, DETENTION_OR_RECENT_RELEASE,
                PROBATION_SUPERVISION, RUNNING_CRIMINAL_CASE, MENTAL_HEALTH_PROBLEMS, INTELLECTUAL_DISABILITY, SCHOOL_ATTENDANCE_PROBLEMS));
        List<String> ten = List.of("gemeente", "om", "politie", "reclassering", "dji", "rvdk", "jeugdzorg", "ggz", "gehandicaptenzorg",
                "leerplicht");
        assertThat(conference.proposal().keySet()).containsExactlyElementsOf(ten);

        complete(task(USER_TASK_CHOOSE_PARTICIPANTS, instance));
        executeJobs(instance);
        complete(task(USER_TASK_SCHEDULE_CONFERENCE, instance), planning("12-03-2026", "10:00"));
        executeJobs(instance);

        assertThat(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(USER_TASK_PREPARE_CONFERENCE).count()).isEqualTo(10);
        for (String partner : ten) {
            complete(preparationTaskOf(instance, partner), preparation(partner));
        }
        executeJobs(instance);

        assertThat(instance).isWaitingAt(USER_TASK_RECORD_CONFERENCE);
        complete(task(USER_TASK_RECORD_CONFERENCE, instance), conferenceRecord(ten, "jeugdzorg", "jeugdzorg.utrecht"));
        executeJobs(instance);
        assertThat(instance).hasPassed(END_EVENT_CONFERENCE_HELD).isEnded();
        assertThat(conference.prepared()).hasSize(10);
    }

    // ------------------------------------------------------------------ a partner that does not prepare

    @Test
    void aPartnerThatMissesTheDeadlineIsRecordedAsNotPreparedAndTheConferenceGoesOn() {
        ProcessInstance instance = startPreparation(List.of("gemeente", "politie", "ggz"));
        complete(preparationTaskOf(instance, "gemeente"), preparation("gemeente"));
        executeJobs(instance);

        // two days before the deadline: those that have not prepared yet are reminded
        advanceClockTo(REMINDER_AT.plusSeconds(60));
        executeJobs(instance);
        assertThat(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(USER_TASK_READ_PREPARATION_REMINDER).count()).isEqualTo(2);
        Task reminder = reminderTaskOf(instance, "ggz");
        assertThat(reminder).hasName("Herinnering: casusoverleg voorbereiden — " + CASE).hasDueDate(Date.from(PREPARATION_DUE_AT));
        assertThat(deployedFormIdOf(reminder)).isEqualTo(FORM_PREPARATION_REMINDER);
        complete(reminder, withVariables(REMINDER_READ, true));
        assertThat(instance).hasPassed(END_EVENT_REMINDER_READ);
        complete(preparationTaskOf(instance, "ggz"), preparation("ggz"));
        executeJobs(instance);
        assertThat(reminderTaskOf(instance, "politie")).as("police still reminded").isNotNull();

        // the deadline passes: the police is recorded as not prepared, its reminder ends, the conference goes on
        advanceClockTo(PREPARATION_DUE_AT.plusSeconds(60));
        executeJobs(instance);

        assertThat(instance).hasPassed(BOUNDARY_EVENT_PREPARATION_OVERDUE, SERVICE_TASK_MARK_PARTNER_ABSENT, END_EVENT_PARTNER_NOT_PREPARED,
                PARALLEL_GATEWAY_FOLLOW_UP_AND_RECORD).isWaitingAt(USER_TASK_FOLLOW_UP_MISSING_PREPARATION, USER_TASK_RECORD_CONFERENCE);
        assertThat(conference.preparation()).containsEntry("politie", PreparationStatus.ABSENT).containsEntry("ggz", PreparationStatus.PREPARED);
        assertThat(taskQuery().processInstanceId(instance.getId()).taskCandidateGroup("politie").count()).as("nothing left for the police")
                .isZero();
        assertThat(instance).variables().containsEntry(NOT_PREPARED_COUNT, 1).containsEntry(NOT_PREPARED_PARTNER_NAMES, "politie")
                // among the partners that prepared, none carries more weight: mental-health care before the municipality
                .containsEntry(PROPOSED_CASE_DIRECTOR_PARTNER, "ggz");

        Task followUp = task(USER_TASK_FOLLOW_UP_MISSING_PREPARATION, instance);
        assertThat(followUp).hasName("Ontbrekende voorbereiding opvolgen — " + CASE).hasCandidateGroup("procesregie")
                .hasDueDate(Date.from(CONFERENCE_AT_10_00));
        assertThat(deployedFormIdOf(followUp)).isEqualTo(FORM_MISSING_PREPARATION);
        complete(followUp, withVariables(MISSING_PREPARATION_FOLLOWED_UP, true));
        assertThat(instance).hasPassed(END_EVENT_MISSING_PREPARATION_FOLLOWED_UP).isWaitingAt(USER_TASK_RECORD_CONFERENCE);

        complete(task(USER_TASK_RECORD_CONFERENCE, instance), conferenceRecord(List.of("gemeente", "ggz"), "ggz", "ggz.utrecht"));
        executeJobs(instance);
        assertThat(instance).hasPassed(END_EVENT_CONFERENCE_HELD).isEnded();
        assertThat(finalValue(instance, CASE_DIRECTOR_USER)).isEqualTo("ggz.utrecht");
    }

    @Test
    void recordingTheConferenceEndsAnOpenFollowUpOfAMissingPreparation() {
        ProcessInstance instance = startPreparation(List.of("gemeente", "politie"));
        complete(preparationTaskOf(instance, "gemeente"), preparation("gemeente"));
        advanceClockTo(PREPARATION_DUE_AT.plusSeconds(60));
        executeJobs(instance);
        assertThat(instance).isWaitingAt(USER_TASK_FOLLOW_UP_MISSING_PREPARATION, USER_TASK_RECORD_CONFERENCE);

        complete(task(USER_TASK_RECORD_CONFERENCE, instance), conferenceRecord(List.of("gemeente"), "gemeente", "gemeente.utrecht"));
        executeJobs(instance);

        assertThat(instance).hasPassed(END_EVENT_CONFERENCE_HELD).hasNotPassed(END_EVENT_MISSING_PREPARATION_FOLLOWED_UP).isEnded();
        assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void whenNobodyPreparesTheConferenceStillTakesPlace() {
        ProcessInstance instance = startPreparation(List.of("gemeente", "jeugdzorg"));
        advanceClockTo(PREPARATION_DUE_AT.plusSeconds(60));
        executeJobs(instance);

        assertThat(instance).isWaitingAt(USER_TASK_FOLLOW_UP_MISSING_PREPARATION, USER_TASK_RECORD_CONFERENCE);
        assertThat(instance).variables().containsEntry(NOT_PREPARED_COUNT, 2).containsEntry(NOT_PREPARED_PARTNER_NAMES, "gemeente, jeugdzorg")
                .containsEntry(PROPOSED_CASE_DIRECTOR_PARTNER, "jeugdzorg");
    }

    // ------------------------------------------------------------------ process direction's choice

    @Test
    void processDirectionAddsAndDropsPartnersWithAReasonForEachChange() {
        ProcessInstance instance = startConference(YOUTH_CASE);

        complete(task(USER_TASK_CHOOSE_PARTICIPANTS, instance), withVariables(
                ADDED_PARTNERS, SpinValues.jsonValue("[\"woningcorporatie\"]").create(),
                DROPPED_PARTNERS, SpinValues.jsonValue("[\"leerplicht\"]").create(),
                CHANGE_REASONS, SpinValues.jsonValue("{\"woningcorporatie\": \"Huurachterstand en dreigende ontruiming\", "
                        + "\"leerplicht\": \"De jongere is achttien en niet meer leerplichtig\"}").create()));
        executeJobs(instance);

        assertThat(instance).isWaitingAt(USER_TASK_SCHEDULE_CONFERENCE).variables()
                .containsEntry(CONFERENCE_PARTNERS, List.of("gemeente", "om", "politie", "rvdk", "jeugdzorg", "woningcorporatie"))
                .doesNotContainKeys(ADDED_PARTNERS, DROPPED_PARTNERS, CHANGE_REASONS, PARTNER_PROPOSAL);
    }

    @Test
    void droppingAPartnerWithoutAReasonFailsTheCompletionAndKeepsTheChoiceOpen() {
        ProcessInstance instance = startConference(YOUTH_CASE);
        Task choose = task(USER_TASK_CHOOSE_PARTICIPANTS, instance);

        assertThatThrownBy(() -> complete(choose, withVariables(DROPPED_PARTNERS, List.of("leerplicht"))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("changeReasons.leerplicht: Geef de reden waarom u leerplicht laat vervallen");

        assertThat(instance).isWaitingAt(USER_TASK_CHOOSE_PARTICIPANTS);
        assertThat(task(USER_TASK_CHOOSE_PARTICIPANTS, instance).getId()).isEqualTo(choose.getId());
        assertThat(instance).variables().doesNotContainKeys(DROPPED_PARTNERS, CONFERENCE_PARTNERS);
    }

    @Test
    void droppingTheMunicipalityIsRefusedEvenWithAReason() {
        ProcessInstance instance = startConference(YOUTH_CASE);

        assertThatThrownBy(() -> complete(task(USER_TASK_CHOOSE_PARTICIPANTS, instance), withVariables(
                DROPPED_PARTNERS, List.of("gemeente"), CHANGE_REASONS, Map.of("gemeente", "Geen gemeentelijke taak"))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("De gemeente neemt altijd deel aan het casusoverleg");

        assertThat(instance).isWaitingAt(USER_TASK_CHOOSE_PARTICIPANTS);
    }

    @Test
    void aConferenceInThePastFailsThePlanningAndKeepsItOpen() {
        ProcessInstance instance = startConference(YOUTH_CASE);
        complete(task(USER_TASK_CHOOSE_PARTICIPANTS, instance));
        executeJobs(instance);

        assertThatThrownBy(() -> complete(task(USER_TASK_SCHEDULE_CONFERENCE, instance), planning("01-03-2026", "10:00")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Het casusoverleg moet in de toekomst liggen");

        assertThat(instance).isWaitingAt(USER_TASK_SCHEDULE_CONFERENCE).variables().doesNotContainKey(CONFERENCE_AT);
    }

    @Test
    void anIncompletePreparationFailsItsCompletionAndLeavesTheOtherPartnersAlone() {
        ProcessInstance instance = startPreparation(List.of("gemeente", "politie"));
        Map<String, Object> withoutLegalBasis = preparation("politie");
        withoutLegalBasis.remove(PREPARATION_LEGAL_BASIS);
        Task prepare = preparationTaskOf(instance, "politie");

        assertThatThrownBy(() -> complete(prepare, withoutLegalBasis)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("preparationLegalBasis: Kies de grondslag waarop u de informatie deelt");

        assertThat(preparationTaskOf(instance, "politie").getId()).isEqualTo(prepare.getId());
        assertThat(preparationTaskOf(instance, "gemeente")).isNotNull();
        assertThat(conference.preparation()).containsEntry("politie", PreparationStatus.PENDING);
    }

    @Test
    void aCaseDirectorWhosePartnerHadNoMandateFailsTheRecord() {
        ProcessInstance instance = startPreparation(List.of("gemeente", "jeugdzorg"));
        complete(preparationTaskOf(instance, "gemeente"), preparation("gemeente"));
        complete(preparationTaskOf(instance, "jeugdzorg"), preparation("jeugdzorg"));
        executeJobs(instance);
        Map<String, Object> record = conferenceRecord(List.of("gemeente", "jeugdzorg"), "jeugdzorg", "jeugdzorg.utrecht");
        record.put(MANDATED_PARTNERS, List.of("gemeente"));

        assertThatThrownBy(() -> complete(task(USER_TASK_RECORD_CONFERENCE, instance), record)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("caseDirectorPartner: jeugdzorg kan de casusregie alleen op zich nemen");

        assertThat(instance).isWaitingAt(USER_TASK_RECORD_CONFERENCE).variables().doesNotContainKey(CASE_DIRECTOR_USER);
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance startConference(List<String> indicatorsThatHold) {
        return runtimeService().startProcessInstanceByKey(KEY, CASE, caseVariables(indicatorsThatHold));
    }

    /** Starts at the preparation of these participants, planned for Thursday 12 March 2026 at 10:00. */
    private ProcessInstance startPreparation(List<String> participants) {
        conference.withParticipants(participants);
        return runtimeService().createProcessInstanceByKey(KEY).businessKey(CASE)
                .setVariables(caseVariables(List.of()))
                .setVariable(CONFERENCE_ID, ConferenceFakeDelegates.CONFERENCE)
                .setVariable(CONFERENCE_PARTNERS, new ArrayList<>(participants))
                .setVariable(CONFERENCE_AT, Date.from(CONFERENCE_AT_10_00))
                .setVariable(PREPARATION_DUE, Date.from(PREPARATION_DUE_AT))
                .setVariable(PREPARATION_REMINDER_AT, Date.from(REMINDER_AT))
                .setVariable(RECORD_DUE, Date.from(RECORD_DUE_AT))
                .setVariable(CONFERENCE_MOMENT, "donderdag 12 maart 2026 om 10:00, online")
                .startBeforeActivity(SUB_PROCESS_PREPARE_PARTNER + "#multiInstanceBody")
                .execute();
    }

    /** What case-lifecycle hands over: the case's ids and the inputs of partner-selection. */
    private static Map<String, Object> caseVariables(List<String> indicatorsThatHold) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(REGION, UTRECHT);
        variables.put(CASE_ID, 123L);
        variables.put(CASE_NUMBER, CASE);
        variables.put(CASE_TYPE, "PERSON");
        variables.put(PRIORITY, "HIGH");
        variables.put(TASK_PRIORITY, 70);
        INDICATORS.forEach(indicator -> variables.put(indicator, indicatorsThatHold.contains(indicator)));
        return variables;
    }

    private static Map<String, Object> planning(String date, String time) {
        return withVariables(CONFERENCE_DATE, date, CONFERENCE_TIME, time, CONFERENCE_MODE, "IN_PERSON",
                CONFERENCE_LOCATION, "Veiligheidshuis Utrecht, zaal 2");
    }

    private static Map<String, Object> preparation(String partner) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(PREPARATION_INFORMATION, "Bekend bij " + partner + " sinds 2024");
        variables.put(PREPARATION_LEGAL_BASIS, "WGS");
        variables.put(PREPARATION_CURRENT_INVOLVEMENT, "Lopend traject, aanspreekpunt is de eigen casusbehandelaar");
        variables.put(ATTENDEE_NAME, "A. de Vries");
        variables.put(ATTENDEE_FUNCTION, "Teamleider");
        variables.put(ATTENDEE_HAS_MANDATE, true);
        return variables;
    }

    private static Map<String, Object> conferenceRecord(List<String> present, String directorPartner, String directorUser) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(PRESENT_PARTNERS, SpinValues.jsonValue(toJson(present)).create());
        variables.put(MANDATED_PARTNERS, SpinValues.jsonValue(toJson(present)).create());
        variables.put(SYSTEM_ANALYSIS, "Gezin met schulden en geweld; school: verzuim; vrienden: criminele contacten");
        variables.put(CONFERENCE_DECISIONS, "Gezamenlijk plan van aanpak, jeugdzorg voert de regie");
        variables.put(CASE_DIRECTOR_PARTNER, directorPartner);
        variables.put(CASE_DIRECTOR_USER, directorUser);
        return variables;
    }

    private static String toJson(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElse("[]");
    }

    private static Task preparationTaskOf(ProcessInstance instance, String partner) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(USER_TASK_PREPARE_CONFERENCE)
                .taskCandidateGroup(partner).singleResult();
    }

    private static Task reminderTaskOf(ProcessInstance instance, String partner) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(USER_TASK_READ_PREPARATION_REMINDER)
                .taskCandidateGroup(partner).singleResult();
    }

    private static List<Job> timers(ProcessInstance instance, String boundaryEvent) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).timers().activityId(boundaryEvent).list();
    }

    /** Executes what is due (save points, and timers whose time has come) one by one until the instance waits. */
    private static void executeJobs(ProcessInstance instance) {
        for (int round = 0; round < 200; round++) {
            List<Job> due = managementService().createJobQuery().processInstanceId(instance.getId()).executable().listPage(0, 1);
            if (due.isEmpty()) {
                return;
            }
            managementService().executeJob(due.get(0).getId());
        }
        throw new IllegalStateException("jobs keep coming");
    }

    private static void advanceClockTo(Instant moment) {
        advanceClock(Duration.between(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(), moment));
    }

    private static Object finalValue(ProcessInstance instance, String variable) {
        return historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(variable)
                .singleResult().getValue();
    }
}
