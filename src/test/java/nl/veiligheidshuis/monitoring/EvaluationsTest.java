package nl.veiligheidshuis.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.casefile.CaseType;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.monitoring.Evaluations.EvaluationInput;
import nl.veiligheidshuis.monitoring.Evaluations.EvaluationResult;
import nl.veiligheidshuis.organisation.RegionRepository;
import nl.veiligheidshuis.privacy.AccessLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

/** The director's evaluation: what each decision needs, what it stores, and what it ends. */
class EvaluationsTest {

    static final Long CASE_ID = 42L;
    static final Instant NOW = Instant.parse("2026-04-13T08:00:00Z");
    static final String SUMMARY = "Sem gaat weer naar school; het gezin heeft vaste hulp van het wijkteam.";

    AgreementTracker tracker = mock(AgreementTracker.class);
    FixedPlanAgreements plan = mock(FixedPlanAgreements.class);
    MonitoringEvaluationRepository evaluations = mock(MonitoringEvaluationRepository.class);
    CaseClosureRepository closures = mock(CaseClosureRepository.class);
    CaseStatusProjection projection = mock(CaseStatusProjection.class);
    CaseFiles caseFiles = mock(CaseFiles.class);
    RegionRepository regions = mock(RegionRepository.class);
    Evaluations service;

    @BeforeEach
    void setUp() {
        service = new Evaluations(tracker, plan, evaluations, closures, projection, caseFiles, regions, mock(AccessLog.class),
                Clock.fixed(NOW, ZoneOffset.UTC));
        when(caseFiles.byId(CASE_ID)).thenReturn(new CaseFile("VH-2026-000042", "utrecht", CaseType.PERSON, "PARTNER", "politie", NOW));
        when(projection.count(CASE_ID, 2)).thenReturn(new StatusCounts(1, 1, 2, 1, 0));
        when(regions.existsById("rotterdam-rijnmond")).thenReturn(true);
        when(regions.existsById("utrecht")).thenReturn(true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # scenario                             | decision       | note | reason        | target   | summary          | wrong fields
        no decision                            | -              | -    | -             | -        | -                | evaluationDecision
        an unknown decision                    | LATER          | -    | -             | -        | -                | evaluationDecision
        adjusting without saying what          | ADJUST_PLAN    | ' '  | -             | -        | -                | evaluationNote
        a new conference without saying why    | NEW_CONFERENCE | -    | -             | -        | -                | evaluationNote
        closing without reason and summary     | CLOSE          | -    | -             | -        | -                | closeReason,closingSummary
        closing for an unknown reason          | CLOSE          | -    | BORED         | -        | Samenvatting     | closeReason
        moved without the region               | CLOSE          | -    | MOVED_REGION  | -        | Samenvatting     | closeTargetRegion
        moved to the region of the case itself | CLOSE          | -    | MOVED_REGION  | utrecht  | Samenvatting     | closeTargetRegion
        moved to a region that does not exist  | CLOSE          | -    | MOVED_REGION  | atlantis | Samenvatting     | closeTargetRegion
        a summary with a BSN for every partner | CLOSE          | -    | GOALS_REACHED | -        | BSN 111222333 ok | closingSummary
        """)
    void everyWrongFieldIsNamedAtOnceAndNothingIsStored(String scenario, String decision, String note, String reason, String target,
            String summary, String wrongFields) {
        EvaluationInput input = new EvaluationInput(decision, note, reason, target, summary);
        List<String> fields = fields(() -> service.record(CASE_ID, 2, input, "jeugdzorg.utrecht"));

        assertThat(fields).containsExactlyElementsOf(List.of(wrongFields.split(",")));
        verify(evaluations, never()).save(any());
        verify(closures, never()).save(any());
        verify(tracker, never()).endVersion(any(), anyInt());
    }

    @Test
    void tooLongTextsAreRefused() {
        assertThat(fields(() -> service.record(CASE_ID, 2, new EvaluationInput("CONTINUE", "x".repeat(2001), null, null, null), "d")))
                .containsExactly("evaluationNote");
        assertThat(fields(() -> service.record(CASE_ID, 2, new EvaluationInput("CLOSE", null, "GOALS_REACHED", null, "x".repeat(4001)), "d")))
                .containsExactly("closingSummary");
    }

    @Test
    void continuingRecordsTheCycleWithTheStateItWasTakenOnAndKeepsFollowing() {
        when(evaluations.countByCaseIdAndPlanVersion(CASE_ID, 2)).thenReturn(1L);

        EvaluationResult result = service.record(CASE_ID, 2, new EvaluationInput("CONTINUE", null, null, null, null), "jeugdzorg.utrecht");

        assertThat(result.decision()).isEqualTo(EvaluationDecision.CONTINUE);
        MonitoringEvaluation saved = saved();
        assertThat(saved.getCycle()).isEqualTo(2);
        assertThat(saved.getOpenAgreements()).isEqualTo(1);
        assertThat(saved.getDecidedBy()).isEqualTo("jeugdzorg.utrecht");
        verify(tracker, never()).endVersion(any(), anyInt());
        verify(projection, never()).enter(any(), any());
    }

    @Test
    void adjustingThePlanEndsThisVersionsTrackingAndShowsThePlanPhase() {
        service.record(CASE_ID, 2, new EvaluationInput("ADJUST_PLAN", "Meer inzet op school", null, null, null), "jeugdzorg.utrecht");

        assertThat(saved().getNote()).isEqualTo("Meer inzet op school");
        verify(tracker).endVersion(CASE_ID, 2);
        verify(projection).enter(CASE_ID, StatusPhase.PLAN);
    }

    @Test
    void aNewConferenceShowsTheConferencePhase() {
        service.record(CASE_ID, 2, new EvaluationInput("NEW_CONFERENCE", "Geweld is toegenomen", null, null, null), "jeugdzorg.utrecht");

        verify(tracker).endVersion(CASE_ID, 2);
        verify(projection).enter(CASE_ID, StatusPhase.CONFERENCE);
    }

    @Test
    void closingStoresReasonRegionAndSummaryForTheNextStepsWithoutClosingYet() {
        EvaluationResult result = service.record(CASE_ID, 2,
                new EvaluationInput("CLOSE", null, "MOVED_REGION", " rotterdam-rijnmond ", "  " + SUMMARY + " "), "jeugdzorg.utrecht");

        assertThat(result).isEqualTo(new EvaluationResult(EvaluationDecision.CLOSE, CloseReason.MOVED_REGION, "rotterdam-rijnmond"));
        ArgumentCaptor<CaseClosure> closure = ArgumentCaptor.forClass(CaseClosure.class);
        verify(closures).save(closure.capture());
        assertThat(closure.getValue().getReason()).isEqualTo(CloseReason.MOVED_REGION);
        assertThat(closure.getValue().getTargetRegion()).isEqualTo("rotterdam-rijnmond");
        assertThat(closure.getValue().getSummary()).isEqualTo(SUMMARY);
        assertThat(closure.getValue().getClosedAt()).isNull();
        verify(tracker).endVersion(CASE_ID, 2);
        verify(caseFiles, never()).close(any(), any(), any(), any());
    }

    @Test
    void aTargetRegionIsIgnoredForAnyOtherReason() {
        EvaluationResult result = service.record(CASE_ID, 2, new EvaluationInput("CLOSE", null, "GOALS_REACHED", "rotterdam-rijnmond", SUMMARY), "d");

        assertThat(result.targetRegion()).isNull();
    }

    private MonitoringEvaluation saved() {
        ArgumentCaptor<MonitoringEvaluation> captor = ArgumentCaptor.forClass(MonitoringEvaluation.class);
        verify(evaluations).save(captor.capture());
        return captor.getValue();
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
