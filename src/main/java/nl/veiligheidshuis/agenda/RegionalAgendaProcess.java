package nl.veiligheidshuis.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.casefile.CaseVariables;

/**
 * Process {@code regional-agenda} ({@code processes/regional-agenda.bpmn}): the VH manager drafts the region's strategic
 * agenda for a period, the steering group adopts it or sends it back; a year after adoption the steering group reviews
 * it (keep, or revise: a new draft version in the same instance). One running instance per region and period, business
 * key {@code <region>-<period>}, tenant = region. Key, element ids, bean, form and variable names. The variables hold
 * no personal data: region, period, the agenda's id and version, a summary of themes and partner names, and the
 * priorities of the draft while it is being written (policy text; they leave the engine when the draft is recorded).
 */
public final class RegionalAgendaProcess {

    public static final String KEY = "regional-agenda";

    // elements, in the order of the flow
    public static final String START_EVENT_AGENDA_REQUESTED = "StartEvent_AgendaRequested";
    public static final String GATEWAY_DRAFT_NEEDED = "Gateway_DraftNeeded";
    public static final String SERVICE_TASK_PREPARE_DRAFT = "ServiceTask_PrepareDraft";
    public static final String USER_TASK_DRAFT_AGENDA = "UserTask_DraftAgenda";
    public static final String SERVICE_TASK_RECORD_DRAFT = "ServiceTask_RecordDraft";
    public static final String USER_TASK_ADOPT_AGENDA = "UserTask_AdoptAgenda";
    public static final String GATEWAY_AGENDA_ADOPTED = "Gateway_AgendaAdopted";
    public static final String SEQUENCE_FLOW_ADOPT = "SequenceFlow_Adopt";
    public static final String SEQUENCE_FLOW_SEND_BACK = "SequenceFlow_SendBack";
    public static final String SERVICE_TASK_RECORD_SEND_BACK = "ServiceTask_RecordSendBack";
    public static final String SERVICE_TASK_ADOPT_AGENDA = "ServiceTask_AdoptAgenda";
    public static final String EVENT_AGENDA_ADOPTED = "IntermediateThrowEvent_AgendaAdopted";
    public static final String TIMER_REVIEW_DUE = "TimerEvent_ReviewDue";
    public static final String USER_TASK_REVIEW_AGENDA = "UserTask_ReviewAgenda";
    public static final String GATEWAY_AGENDA_REVISED = "Gateway_AgendaRevised";
    public static final String SEQUENCE_FLOW_KEEP = "SequenceFlow_Keep";
    public static final String SEQUENCE_FLOW_REVISE = "SequenceFlow_Revise";
    public static final String END_EVENT_AGENDA_KEPT = "EndEvent_AgendaKept";

    // beans named by camunda:delegateExpression and task listeners
    public static final String PREPARE_AGENDA_DRAFT_DELEGATE = "prepareAgendaDraftDelegate";
    public static final String RECORD_AGENDA_DRAFT_DELEGATE = "recordAgendaDraftDelegate";
    public static final String RECORD_AGENDA_SEND_BACK_DELEGATE = "recordAgendaSendBackDelegate";
    public static final String ADOPT_AGENDA_DELEGATE = "adoptAgendaDelegate";
    /** Task listener (complete) of the adoption and the review: refuses a completion without a valid decision. */
    public static final String AGENDA_DECISION_CHECK = "agendaDecisionCheck";

    // forms (forms/<id>.form)
    public static final String FORM_START = "agenda-start";
    public static final String FORM_DRAFT = "agenda-draft";
    public static final String FORM_ADOPT = "agenda-adopt";
    public static final String FORM_REVIEW = "agenda-review";

    /** The review falls due this long after adoption (the timer of {@link #TIMER_REVIEW_DUE}). */
    public static final String REVIEW_AFTER = "P1Y";

    // variables
    /** Start: the region (tenant, see RegionTenantIdProvider). */
    public static final String REGION = CaseVariables.REGION;
    /** The region's name as professionals know it, for the forms. */
    public static final String REGION_NAME = CaseVariables.REGION_NAME;
    /** Start: the period, String {@code 2027} or {@code 2027-2030}. */
    public static final String PERIOD = "agendaPeriod";
    /** Set when a draft is prepared: the version's row ({@code vh_regional_agenda.id}), Long. */
    public static final String AGENDA_ID = "agendaId";
    /** Set when a draft is prepared: the version number within region and period, Integer. */
    public static final String AGENDA_VERSION = "agendaVersion";
    /** Set when a draft is recorded: the priorities for people (themes, text, partner names), String. */
    public static final String AGENDA_SUMMARY = "agendaSummary";
    /** Set when a draft is recorded: number of priorities, Integer. */
    public static final String PRIORITY_COUNT = "agendaPriorityCount";
    /** Adoption form: {@link #DECISION_ADOPT} or {@link #DECISION_SEND_BACK}. */
    public static final String AGENDA_DECISION = "agendaDecision";
    public static final String DECISION_ADOPT = "ADOPT";
    public static final String DECISION_SEND_BACK = "SEND_BACK";
    /** Adoption form: why the draft goes back (required with {@link #DECISION_SEND_BACK}), String. */
    public static final String SENT_BACK_REASON = "agendaSentBackReason";
    /** Review form: {@link #REVIEW_KEEP} or {@link #REVIEW_REVISE}. */
    public static final String REVIEW_DECISION = "agendaReviewDecision";
    public static final String REVIEW_KEEP = "KEEP";
    public static final String REVIEW_REVISE = "REVISE";

    /** The drafting form has this many priority rows (the most an agenda may have). */
    public static final int PRIORITY_SLOTS = RegionalAgendas.MAX_PRIORITIES;

    public static String priorityTheme(int slot) {
        return "priorityTheme" + slot;
    }

    public static String priorityDescription(int slot) {
        return "priorityDescription" + slot;
    }

    public static String priorityTargetGroup(int slot) {
        return "priorityTargetGroup" + slot;
    }

    public static String priorityLeadPartner(int slot) {
        return "priorityLeadPartner" + slot;
    }

    /** Every row variable of the drafting form. */
    public static List<String> slotVariables() {
        List<String> names = new ArrayList<>();
        for (int slot = 1; slot <= PRIORITY_SLOTS; slot++) {
            names.addAll(List.of(priorityTheme(slot), priorityDescription(slot), priorityTargetGroup(slot), priorityLeadPartner(slot)));
        }
        return names;
    }

    private RegionalAgendaProcess() {
    }

    /** {@code utrecht-2027}. */
    public static String businessKey(String region, AgendaPeriod period) {
        return region + "-" + period;
    }

    static Map<String, Object> startVariables(String region, AgendaPeriod period) {
        return Map.of(REGION, region, PERIOD, period.toString());
    }
}
