package nl.veiligheidshuis.process.conference;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_TYPE;
import static nl.veiligheidshuis.casefile.CaseVariables.REGION;
import static nl.veiligheidshuis.conference.ConferenceProcess.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.veiligheidshuis.conference.Attendance;
import nl.veiligheidshuis.conference.CaseDirectorProposal;
import nl.veiligheidshuis.conference.ConferenceRecord;
import nl.veiligheidshuis.conference.ConferenceSchedule;
import nl.veiligheidshuis.conference.ParticipantChoice;
import nl.veiligheidshuis.conference.PartnerProposal;
import nl.veiligheidshuis.conference.PartnerSelectionExplanation;
import nl.veiligheidshuis.conference.Preparation;
import nl.veiligheidshuis.conference.PreparationStatus;
import nl.veiligheidshuis.conference.ProfessionalDirectory;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Stand-ins for the conference's delegates, registered under their bean names. They keep state in memory instead of
 * the tables but apply the application's own rules (the pure classes of {@code nl.veiligheidshuis.conference}): the
 * real de-duplication and reasons of the proposal, the real checks of each form (through {@link UserInput}, so a
 * wrong form fails the completion as in the application), the real deadlines and case-director proposal. The real
 * delegates and tables are exercised by the Spring integration test.
 */
final class ConferenceFakeDelegates {

    static final Long CONFERENCE = 77L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PartnerSelectionExplanation EXPLANATION =
            new PartnerSelectionExplanation(Dmn.readModelFromFile(new File("decisions/partner-selection.dmn")));

    /** Users are {@code <group>.<region>}, as the demo users; "onbekend.utrecht" does not exist. */
    static final ProfessionalDirectory DIRECTORY = new ProfessionalDirectory() {
        @Override
        public boolean exists(String userId) {
            return userId.contains(".") && !userId.startsWith("onbekend.");
        }

        @Override
        public boolean isMemberOf(String userId, String groupId) {
            return userId.startsWith(groupId + ".");
        }

        @Override
        public boolean worksInRegion(String userId, String regionId) {
            return userId.endsWith("." + regionId);
        }
    };

    private final List<String> calls = new ArrayList<>();
    private final Map<String, PartnerProposal.Entry> proposal = new LinkedHashMap<>();
    private final Map<String, PreparationStatus> preparation = new LinkedHashMap<>();
    private final Map<String, Preparation> prepared = new HashMap<>();

    ConferenceFakeDelegates register() {
        Mocks.register(RECORD_PARTNER_PROPOSAL_DELEGATE, (JavaDelegate) this::recordPartnerProposal);
        Mocks.register(RECORD_PARTICIPANTS_DELEGATE, (JavaDelegate) this::recordParticipants);
        Mocks.register(RECORD_SCHEDULE_DELEGATE, (JavaDelegate) this::recordSchedule);
        Mocks.register(RECORD_PREPARATION_DELEGATE, (JavaDelegate) this::recordPreparation);
        Mocks.register(MARK_PARTNER_ABSENT_DELEGATE, (JavaDelegate) this::markPartnerAbsent);
        Mocks.register(PROPOSE_CASE_DIRECTOR_DELEGATE, (JavaDelegate) this::proposeCaseDirector);
        Mocks.register(RECORD_CONFERENCE_OUTCOME_DELEGATE, (JavaDelegate) this::recordConferenceOutcome);
        return this;
    }

    /** For a test that starts in the middle: these partners take part and have not prepared yet. */
    ConferenceFakeDelegates withParticipants(List<String> partners) {
        partners.forEach(partner -> {
            proposal.put(partner, new PartnerProposal.Entry(partner, Attendance.REQUIRED, List.of(PartnerProposal.ALWAYS)));
            preparation.put(partner, PreparationStatus.PENDING);
        });
        return this;
    }

    List<String> calls() {
        return calls;
    }

    Map<String, PartnerProposal.Entry> proposal() {
        return proposal;
    }

    Map<String, PreparationStatus> preparation() {
        return preparation;
    }

    Map<String, Preparation> prepared() {
        return prepared;
    }

    @SuppressWarnings("unchecked")
    private void recordPartnerProposal(DelegateExecution execution) {
        calls.add(RECORD_PARTNER_PROPOSAL_DELEGATE);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(CASE_TYPE, execution.getVariable(CASE_TYPE));
        INDICATORS.forEach(indicator -> inputs.put(indicator, execution.getVariable(indicator)));
        List<PartnerProposal.Hit> hits = ((List<Map<String, Object>>) execution.getVariable(PARTNER_SELECTION)).stream()
                .map(row -> new PartnerProposal.Hit((String) row.get("partner"), (String) row.get("attendance"))).toList();
        PartnerProposal.of(hits, EXPLANATION.reasons(inputs)).forEach(entry -> proposal.put(entry.partner(), entry));
        execution.setVariable(CONFERENCE_ID, CONFERENCE);
        execution.setVariable(PARTNER_PROPOSAL, json(proposal.values().stream()
                .map(e -> Map.of("partnerName", e.partner(), "attendance", e.attendance().label(), "reasons", e.reasonText())).toList()));
        execution.removeVariable(PARTNER_SELECTION);
    }

    private void recordParticipants(DelegateExecution execution) {
        calls.add(RECORD_PARTICIPANTS_DELEGATE);
        ParticipantChoice.Result choice = UserInput.checked(() -> ParticipantChoice.decide(proposal.keySet(),
                strings(execution.getVariable(ADDED_PARTNERS)), strings(execution.getVariable(DROPPED_PARTNERS)),
                texts(execution.getVariable(CHANGE_REASONS)), Function.identity()));
        choice.participants().forEach(partner -> preparation.put(partner, PreparationStatus.PENDING));
        execution.setVariable(CONFERENCE_PARTNERS, new ArrayList<>(choice.participants()));
        execution.setVariable(PARTICIPANT_NAMES, String.join(", ", choice.participants()));
        List.of(ADDED_PARTNERS, DROPPED_PARTNERS, CHANGE_REASONS, PARTNER_PROPOSAL).forEach(execution::removeVariable);
    }

    private void recordSchedule(DelegateExecution execution) {
        calls.add(RECORD_SCHEDULE_DELEGATE);
        ConferenceSchedule schedule = UserInput.checked(() -> ConferenceSchedule.plan((String) execution.getVariable(CONFERENCE_DATE),
                (String) execution.getVariable(CONFERENCE_TIME), (String) execution.getVariable(CONFERENCE_MODE),
                (String) execution.getVariable(CONFERENCE_LOCATION), ClockUtil.getCurrentTime().toInstant()));
        execution.setVariable(CONFERENCE_AT, Date.from(schedule.conferenceAt()));
        execution.setVariable(PREPARATION_DUE, Date.from(schedule.preparationDue()));
        execution.setVariable(PREPARATION_REMINDER_AT, Date.from(schedule.reminderAt()));
        execution.setVariable(RECORD_DUE, Date.from(schedule.recordDue()));
        execution.setVariable(CONFERENCE_MOMENT, schedule.moment());
        execution.setVariable(PREPARATION_DUE_TEXT, schedule.preparationDueText());
        List.of(CONFERENCE_DATE, CONFERENCE_TIME, CONFERENCE_MODE, CONFERENCE_LOCATION).forEach(execution::removeVariable);
    }

    private void recordPreparation(DelegateExecution execution) {
        calls.add(RECORD_PREPARATION_DELEGATE);
        String partner = (String) execution.getVariable(PARTNER);
        Preparation done = UserInput.checked(() -> Preparation.of((String) execution.getVariable(PREPARATION_INFORMATION),
                (String) execution.getVariable(PREPARATION_LEGAL_BASIS), (String) execution.getVariable(PREPARATION_LEGAL_BASIS_OTHER),
                (String) execution.getVariable(PREPARATION_CURRENT_INVOLVEMENT), (String) execution.getVariable(ATTENDEE_NAME),
                (String) execution.getVariable(ATTENDEE_FUNCTION), (Boolean) execution.getVariable(ATTENDEE_HAS_MANDATE)));
        if (preparation.get(partner) != PreparationStatus.PENDING) {
            throw new IllegalStateException(partner + " is " + preparation.get(partner));
        }
        preparation.put(partner, PreparationStatus.PREPARED);
        prepared.put(partner, done);
        PREPARATION_FORM_FIELDS.forEach(execution::removeVariable);
    }

    private void markPartnerAbsent(DelegateExecution execution) {
        calls.add(MARK_PARTNER_ABSENT_DELEGATE);
        preparation.put((String) execution.getVariable(PARTNER), PreparationStatus.ABSENT);
    }

    private void proposeCaseDirector(DelegateExecution execution) {
        calls.add(PROPOSE_CASE_DIRECTOR_DELEGATE);
        List<String> participants = strings(execution.getVariable(CONFERENCE_PARTNERS));
        List<CaseDirectorProposal.Candidate> candidates = participants.stream().map(p -> {
            PartnerProposal.Entry entry = proposal.get(p);
            return new CaseDirectorProposal.Candidate(p, entry == null ? null : entry.attendance(), entry == null ? 0 : entry.weight(),
                    preparation.get(p));
        }).toList();
        CaseDirectorProposal.Proposal director = CaseDirectorProposal.propose(candidates, Function.identity());
        List<String> notPrepared = participants.stream().filter(p -> preparation.get(p) == PreparationStatus.ABSENT).toList();
        execution.setVariable(CONFERENCE_PARTNER_OPTIONS, json(participants.stream().map(p -> Map.of("label", p, "value", p)).toList()));
        execution.setVariable(PROPOSED_CASE_DIRECTOR_PARTNER, director.partner());
        execution.setVariable(CASE_DIRECTOR_RATIONALE, director.rationale());
        execution.setVariable(CASE_DIRECTOR_PARTNER, director.partner());
        execution.setVariable(NOT_PREPARED_COUNT, notPrepared.size());
        execution.setVariable(NOT_PREPARED_PARTNER_NAMES, String.join(", ", notPrepared));
    }

    private void recordConferenceOutcome(DelegateExecution execution) {
        calls.add(RECORD_CONFERENCE_OUTCOME_DELEGATE);
        ConferenceRecord record = UserInput.checked(() -> ConferenceRecord.of(strings(execution.getVariable(PRESENT_PARTNERS)),
                strings(execution.getVariable(MANDATED_PARTNERS)), (String) execution.getVariable(SYSTEM_ANALYSIS),
                (String) execution.getVariable(FAMILY_MEMBERS_AT_RISK), (String) execution.getVariable(CONFERENCE_DECISIONS),
                (String) execution.getVariable(CASE_DIRECTOR_PARTNER), (String) execution.getVariable(CASE_DIRECTOR_USER),
                strings(execution.getVariable(CONFERENCE_PARTNERS)), (String) execution.getVariable(REGION), DIRECTORY, Function.identity()));
        execution.setVariable(CASE_DIRECTOR_PARTNER, record.caseDirectorPartner());
        execution.setVariable(CASE_DIRECTOR_USER, record.caseDirectorUser());
        List.of(PRESENT_PARTNERS, MANDATED_PARTNERS, SYSTEM_ANALYSIS, FAMILY_MEMBERS_AT_RISK, CONFERENCE_DECISIONS, CONFERENCE_PARTNER_OPTIONS,
                PROPOSED_CASE_DIRECTOR_PARTNER, CASE_DIRECTOR_RATIONALE, NOT_PREPARED_PARTNER_NAMES).forEach(execution::removeVariable);
    }

    /** A checklist as the engine returns it: a Json variable (Spin node), or a Java list from a test. */
    static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        try {
            return JSON.readValue(String.valueOf(value), new TypeReference<List<String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> texts(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, String>) map;
        }
        try {
            return JSON.readValue(String.valueOf(value), new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TypedValue json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
