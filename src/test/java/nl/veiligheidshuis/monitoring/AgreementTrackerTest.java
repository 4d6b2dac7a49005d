package nl.veiligheidshuis.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.casefile.CasePhase;
import nl.veiligheidshuis.casefile.CaseType;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.escalation.EscalationStarter;
import nl.veiligheidshuis.monitoring.AgreementTracker.TrackedAgreement;
import nl.veiligheidshuis.monitoring.AgreementTracking.Trigger;
import nl.veiligheidshuis.monitoring.FixedPlanAgreements.PlannedAgreement;
import nl.veiligheidshuis.organisation.PartnerGroupRepository;
import nl.veiligheidshuis.privacy.AccessLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Following the agreements of a fixed plan version: which, when, the report's rules, and one escalation per agreement. */
class AgreementTrackerTest {

    static final Long CASE_ID = 42L;
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 3, 16);

    AgreementTrackingRepository trackings = mock(AgreementTrackingRepository.class);
    FixedPlanAgreements plan = mock(FixedPlanAgreements.class);
    CaseStatusProjection projection = mock(CaseStatusProjection.class);
    CaseFiles caseFiles = mock(CaseFiles.class);
    EscalationStarter escalations = mock(EscalationStarter.class);
    PartnerGroupRepository partnerGroups = mock(PartnerGroupRepository.class);
    AccessLog accessLog = mock(AccessLog.class);
    AgreementTracker tracker;

    @BeforeEach
    void setUp() {
        tracker = new AgreementTracker(trackings, plan, projection, caseFiles, escalations, partnerGroups, accessLog,
                Clock.fixed(NOW, ZoneOffset.UTC));
        when(caseFiles.byId(CASE_ID)).thenReturn(new CaseFile("VH-2026-000042", "utrecht", CaseType.PERSON, "PARTNER", "politie", NOW));
        when(trackings.save(any())).thenAnswer(invocation -> invocation.getArgument(0));
        when(partnerGroups.findById(anyString())).thenReturn(Optional.empty());
    }

    private static PlannedAgreement planned(String key, String partner, LocalDate due) {
        return new PlannedAgreement(key, partner, due, "Begeleiding door " + partner, "Sem", "EDUCATION_WORK", "CARE");
    }

    private AgreementTracking tracked(String key, AgreementState state) {
        AgreementTracking tracking = new AgreementTracking(CASE_ID, 2, key, "politie", DUE, NOW);
        if (state == AgreementState.OVERDUE) {
            tracking.markOverdue(NOW);
        } else if (state.isReported()) {
            tracking.report(ReportOutcome.valueOf(state.name()), "toelichting", "politie.utrecht", NOW);
        }
        when(trackings.findByCaseIdAndPlanVersionAndAgreementKey(CASE_ID, 2, key)).thenReturn(Optional.of(tracking));
        return tracking;
    }

    @Test
    void startFollowsEveryAgreementOfTheFixedVersionAndCarriesOverOneDoneBeforeWithTheSameDate() {
        when(plan.statusOf(CASE_ID, 2)).thenReturn("FIXED");
        when(plan.of(CASE_ID, 2)).thenReturn(List.of(planned("A1", "politie", DUE), planned("A2", "ggz", DUE), planned("A3", "gemeente", DUE)));
        AgreementTracking doneBefore = new AgreementTracking(CASE_ID, 1, "A1", "politie", DUE, NOW);
        doneBefore.report(ReportOutcome.DONE, null, "politie.utrecht", NOW);
        AgreementTracking doneWithOtherDate = new AgreementTracking(CASE_ID, 1, "A2", "ggz", DUE.minusWeeks(1), NOW);
        doneWithOtherDate.report(ReportOutcome.DONE, null, "ggz.utrecht", NOW);
        when(trackings.findFirstByCaseIdAndAgreementKeyAndPlanVersionLessThanOrderByPlanVersionDesc(CASE_ID, "A1", 2))
                .thenReturn(Optional.of(doneBefore));
        when(trackings.findFirstByCaseIdAndAgreementKeyAndPlanVersionLessThanOrderByPlanVersionDesc(CASE_ID, "A2", 2))
                .thenReturn(Optional.of(doneWithOtherDate));

        List<String> toFollow = tracker.start(CASE_ID, 2);

        assertThat(toFollow).containsExactly("A2", "A3");
        verify(trackings, times(3)).save(any());
        verify(caseFiles).enterPhase(CASE_ID, CasePhase.MONITORING);
        verify(projection).startMonitoring(CASE_ID, 2);
    }

    @Test
    void aRepeatedStartKeepsTheTrackingItFinds() {
        when(plan.statusOf(CASE_ID, 2)).thenReturn("FIXED");
        when(plan.of(CASE_ID, 2)).thenReturn(List.of(planned("A1", "politie", DUE), planned("A2", "ggz", DUE)));
        tracked("A1", AgreementState.PARTLY);
        tracked("A2", AgreementState.OVERDUE);

        assertThat(tracker.start(CASE_ID, 2)).containsExactly("A2");
        verify(trackings, never()).save(any());
    }

    @Test
    void onlyAFixedPlanVersionIsFollowed() {
        when(plan.statusOf(CASE_ID, 2)).thenReturn("CONFIRMING");
        assertThatThrownBy(() -> tracker.start(CASE_ID, 2)).isInstanceOf(IllegalStateException.class).hasMessageContaining("not fixed (CONFIRMING)");
        when(plan.statusOf(CASE_ID, 3)).thenReturn(null);
        assertThatThrownBy(() -> tracker.start(CASE_ID, 3)).isInstanceOf(IllegalStateException.class).hasMessageContaining("not fixed (null)");
        verify(projection, never()).startMonitoring(any(), anyInt());
    }

    @Test
    void eachAgreementGetsItsMomentsAndWhatItsPartnerReads() {
        tracked("A1", AgreementState.OPEN);
        when(plan.of(CASE_ID, 2)).thenReturn(List.of(planned("A1", "politie", DUE)));

        TrackedAgreement agreement = tracker.prepare(CASE_ID, 2, "A1");

        assertThat(agreement.partner()).isEqualTo("politie");
        assertThat(agreement.dueAt()).isEqualTo(Schedule.dueAt(DUE));
        assertThat(agreement.reminderAt()).isEqualTo(Instant.parse("2026-03-13T08:00:00Z"));
        assertThat(agreement.escalationAt()).isEqualTo(Instant.parse("2026-03-23T16:00:00Z"));
        assertThat(agreement.summary()).containsEntry("key", "A1").containsEntry("description", "Begeleiding door politie")
                .containsEntry("lifeDomain", "Opleiding, werk en leren").containsEntry("kind", "Zorg").containsEntry("dueDate", "16-03-2026");
    }

    @Test
    void aReportNeedsAnExplanationUnlessDoneAndWrongInputStoresNothing() {
        AgreementTracking tracking = tracked("A1", AgreementState.OPEN);

        assertThat(fields(() -> tracker.report(CASE_ID, 2, "A1", "PARTLY", " ", "politie.utrecht"))).containsExactly("agreementExplanation");
        assertThat(fields(() -> tracker.report(CASE_ID, 2, "A1", "NOT_DONE", null, "politie.utrecht"))).containsExactly("agreementExplanation");
        assertThat(fields(() -> tracker.report(CASE_ID, 2, "A1", "MISSCHIEN", null, "politie.utrecht"))).containsExactly("agreementReport");
        assertThat(fields(() -> tracker.report(CASE_ID, 2, "A1", null, null, "politie.utrecht"))).containsExactly("agreementReport");
        assertThat(fields(() -> tracker.report(CASE_ID, 2, "A1", "PARTLY", "x".repeat(2001), "politie.utrecht")))
                .containsExactly("agreementExplanation");

        assertThat(tracking.getState()).isEqualTo(AgreementState.OPEN);
        verify(projection, never()).recount(any());
    }

    @Test
    void aReportIsRecordedWithWhoAndWhenAndTheStatusIsRecounted() {
        AgreementTracking tracking = tracked("A1", AgreementState.OVERDUE);

        assertThat(tracker.report(CASE_ID, 2, "A1", "PARTLY", "  Intake gedaan  ", "politie.utrecht")).isEqualTo(AgreementState.PARTLY);

        assertThat(tracking.getExplanation()).isEqualTo("Intake gedaan");
        assertThat(tracking.getReportedBy()).isEqualTo("politie.utrecht");
        assertThat(tracking.getReportedAt()).isEqualTo(NOW);
        verify(projection).recount(CASE_ID);
        verify(accessLog).record(eq("politie.utrecht"), any(), eq("VH-2026-000042"), any(), any(), eq(AccessLog.Channel.TASKLIST),
                eq("afspraak A1 gerapporteerd: deels nagekomen"));
        verify(plan).recordReport(CASE_ID, 2, "A1", AgreementState.PARTLY);
        assertThatThrownBy(() -> tracker.report(CASE_ID, 2, "A1", "DONE", null, "politie.utrecht")).isInstanceOf(IllegalStateException.class);
        verify(plan, never()).recordReport(CASE_ID, 2, "A1", AgreementState.DONE);
    }

    @Test
    void onlyAnOpenAgreementBecomesOverdue() {
        AgreementTracking open = tracked("A1", AgreementState.OPEN);
        tracker.markOverdue(CASE_ID, 2, "A1");
        assertThat(open.getState()).isEqualTo(AgreementState.OVERDUE);
        assertThat(open.getOverdueAt()).isEqualTo(NOW);

        AgreementTracking done = tracked("A2", AgreementState.DONE);
        tracker.markOverdue(CASE_ID, 2, "A2");
        assertThat(done.getState()).isEqualTo(AgreementState.DONE);
        verify(projection, times(1)).recount(CASE_ID);
    }

    @Test
    void anAgreementEscalatesExactlyOnceWhateverTriggersItFirst() {
        AgreementTracking tracking = tracked("A1", AgreementState.OVERDUE);
        when(escalations.escalateAgreement(eq(CASE_ID), eq("A1"), anyString())).thenReturn(77L);

        assertThat(tracker.escalate(CASE_ID, 2, "A1", Trigger.OVERDUE)).isEqualTo(77L);
        assertThat(tracking.getEscalationTrigger()).isEqualTo(Trigger.OVERDUE);
        // reported not done afterwards: the open escalation stands, no second one
        tracking.report(ReportOutcome.NOT_DONE, "geen capaciteit", "politie.utrecht", NOW);
        assertThat(tracker.escalate(CASE_ID, 2, "A1", Trigger.NOT_DONE)).isEqualTo(77L);
        assertThat(tracker.escalate(CASE_ID, 2, "A1", Trigger.OVERDUE)).isEqualTo(77L);

        verify(escalations, times(1)).escalateAgreement(eq(CASE_ID), eq("A1"), anyString());
    }

    @Test
    void theEscalationExplainsWhatHappenedForTheTacticalMeeting() {
        tracked("A1", AgreementState.NOT_DONE);
        when(escalations.escalateAgreement(eq(CASE_ID), eq("A1"), anyString())).thenReturn(78L);

        tracker.escalate(CASE_ID, 2, "A1", Trigger.NOT_DONE);

        verify(escalations).escalateAgreement(CASE_ID, "A1",
                "Afspraak A1 van politie (uiterlijk 16-03-2026) is niet nagekomen. Toelichting van de partner: toelichting");
    }

    @Test
    void anAgreementReportedKeptBeforeTheGracePeriodPassesDoesNotEscalate() {
        tracked("A1", AgreementState.DONE);
        tracked("A2", AgreementState.PARTLY);
        tracked("A3", AgreementState.OPEN);

        assertThat(tracker.escalate(CASE_ID, 2, "A1", Trigger.OVERDUE)).isNull();
        assertThat(tracker.escalate(CASE_ID, 2, "A2", Trigger.OVERDUE)).isNull();
        assertThat(tracker.escalate(CASE_ID, 2, "A3", Trigger.NOT_DONE)).as("not reported not done").isNull();
        verify(escalations, never()).escalateAgreement(any(), any(), any());
    }

    @Test
    void anAgreementOfACaseClosedMeanwhileDoesNotEscalate() {
        tracked("A1", AgreementState.OVERDUE);
        CaseFile withdrawn = new CaseFile("VH-2026-000042", "utrecht", CaseType.PERSON, "PARTNER", "politie", NOW);
        withdrawn.close(nl.veiligheidshuis.casefile.CaseStatus.WITHDRAWN, "INGETROKKEN: door de aanmelder", NOW);
        when(caseFiles.byId(CASE_ID)).thenReturn(withdrawn);

        assertThat(tracker.escalate(CASE_ID, 2, "A1", Trigger.OVERDUE)).isNull();
        verify(escalations, never()).escalateAgreement(any(), any(), any());
    }

    private static List<String> fields(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.getErrors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("expected the input to be refused");
    }
}
