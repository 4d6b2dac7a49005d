package nl.veiligheidshuis.privacy;

import java.util.HashSet;
import java.util.Set;
import nl.veiligheidshuis.casefile.CaseVariables;
import nl.veiligheidshuis.intake.ReferralForm;

/** Variables that carry personal data or free text only until a delegate moves them into the case file. */
public final class PersonalVariables {

    public static final Set<String> NAMES;

    static {
        Set<String> names = new HashSet<>(ReferralForm.PERSONAL_FIELDS);
        names.add(CaseVariables.INFORMATION_ANSWER);
        names.add(CaseVariables.OVERRIDE_REASON);
        names.add(CaseVariables.WITHDRAWAL_REASON);
        names.addAll(nl.veiligheidshuis.plan.ActionPlanProcess.PERSONAL_VARIABLES);
        names.add(nl.veiligheidshuis.conference.ConferenceProcess.CHANGE_REASONS);
        names.add(nl.veiligheidshuis.conference.ConferenceProcess.CONFERENCE_LOCATION);
        names.add(nl.veiligheidshuis.conference.ConferenceProcess.PREPARATION_INFORMATION);
        names.add(nl.veiligheidshuis.conference.ConferenceProcess.PREPARATION_LEGAL_BASIS_OTHER);
        names.add(nl.veiligheidshuis.conference.ConferenceProcess.PREPARATION_CURRENT_INVOLVEMENT);
        names.add(nl.veiligheidshuis.conference.ConferenceProcess.ATTENDEE_NAME);
        names.add(nl.veiligheidshuis.conference.ConferenceProcess.ATTENDEE_FUNCTION);
        names.add(nl.veiligheidshuis.conference.ConferenceProcess.SYSTEM_ANALYSIS);
        names.add(nl.veiligheidshuis.conference.ConferenceProcess.FAMILY_MEMBERS_AT_RISK);
        names.add(nl.veiligheidshuis.conference.ConferenceProcess.CONFERENCE_DECISIONS);
        names.add(nl.veiligheidshuis.escalation.EscalationProcess.ESCALATION_DECISION_TEXT);
        names.add(nl.veiligheidshuis.escalation.EscalationProcess.ESCALATION_MEASURES);
        names.add(nl.veiligheidshuis.escalation.EscalationProcess.ESCALATION_DECISION_REASON);
        names.add(nl.veiligheidshuis.escalation.EscalationProcess.ESCALATION_RESPONSE_REASON);
        names.add(nl.veiligheidshuis.escalation.EscalationProcess.ESCALATION_DESCRIPTION);
        names.add(SubjectRequestProcess.REQUEST_GIVEN_NAME);
        names.add(SubjectRequestProcess.REQUEST_FAMILY_NAME);
        names.add(SubjectRequestProcess.REQUEST_DATE_OF_BIRTH);
        names.add(SubjectRequestProcess.CORRECTION_VALUE);
        names.add(SubjectRequestProcess.REFUSAL_REASON);
        names.add(nl.veiligheidshuis.monitoring.PlanMonitoringProcess.AGREEMENT_SUMMARY);
        names.add(nl.veiligheidshuis.monitoring.PlanMonitoringProcess.AGREEMENT_EXPLANATION);
        names.add(nl.veiligheidshuis.monitoring.PlanMonitoringProcess.MONITORING_AGREEMENTS);
        names.add(nl.veiligheidshuis.monitoring.PlanMonitoringProcess.EVALUATION_NOTE);
        names.add(nl.veiligheidshuis.monitoring.PlanMonitoringProcess.CLOSING_SUMMARY);
        names.add(nl.veiligheidshuis.monitoring.PlanMonitoringProcess.REOPEN_REASON);
        names.addAll(nl.veiligheidshuis.transfer.CaseTransferProcess.PERSONAL_VARIABLES);
        names.addAll(nl.veiligheidshuis.area.AreaApproachProcess.PERSONAL_VARIABLES);
        NAMES = Set.copyOf(names);
    }

    private PersonalVariables() {
    }
}
