package nl.veiligheidshuis.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.casefile.CaseStatus;
import nl.veiligheidshuis.casefile.CaseType;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.Involvements;
import nl.veiligheidshuis.privacy.AccessLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.InOrder;

/** Closing a case: who is told, how it closes for each reason, the aftercare check and the reopening. */
class ClosuresTest {

    static final Long CASE_ID = 42L;
    static final Instant NOW = Instant.parse("2026-04-13T08:00:00Z");

    CaseClosureRepository closures = mock(CaseClosureRepository.class);
    CaseStatusProjection projection = mock(CaseStatusProjection.class);
    CaseFiles caseFiles = mock(CaseFiles.class);
    Involvements involvements = mock(Involvements.class);
    Closures service;

    @BeforeEach
    void setUp() {
        service = new Closures(closures, projection, caseFiles, involvements, mock(AccessLog.class), Clock.fixed(NOW, ZoneOffset.UTC));
        when(caseFiles.byId(CASE_ID)).thenReturn(new CaseFile("VH-2026-000042", "utrecht", CaseType.PERSON, "PARTNER", "politie", NOW));
    }

    private CaseClosure closing(CloseReason reason) {
        CaseClosure closure = new CaseClosure(CASE_ID, 2, reason, reason == CloseReason.MOVED_REGION ? "zeeland" : null, "Samenvatting",
                "jeugdzorg.utrecht", NOW);
        when(closures.findFirstByCaseIdOrderByIdDesc(CASE_ID)).thenReturn(Optional.of(closure));
        return closure;
    }

    @Test
    void thePartnersInvolvedBeforeTheClosingAreTheOnesInformed() {
        CaseClosure closure = closing(CloseReason.GOALS_REACHED);
        when(involvements.activePartners(CASE_ID)).thenReturn(List.of("politie", "jeugdzorg", "gemeente"));

        assertThat(service.partnersToInform(CASE_ID)).containsExactly("politie", "jeugdzorg", "gemeente");
        assertThat(closure.getInformedPartners()).containsExactly("politie", "jeugdzorg", "gemeente");
        verify(caseFiles, never()).close(any(), any(), any(), any());
        assertThat(service.summaryFor(CASE_ID, "politie")).isEqualTo("Samenvatting");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CloseReason.class)
    void eachReasonClosesTheCaseThroughTheCaseFileSoThatEveryInvolvementEnds(CloseReason reason) {
        CaseClosure closure = closing(reason);

        assertThat(service.close(CASE_ID, "system")).isEqualTo(NOW);

        String expected = "AFGESCHAALD_" + reason.name() + ": " + reason.label() + (reason == CloseReason.MOVED_REGION ? " (regio zeeland)" : "");
        verify(caseFiles).close(CASE_ID, CaseStatus.CLOSED, expected, "system");
        verify(projection).enter(CASE_ID, reason.needsAftercare() ? StatusPhase.AFTERCARE : StatusPhase.CLOSED);
        assertThat(closure.getClosedAt()).isEqualTo(NOW);
        // a retried step closes nothing twice
        service.close(CASE_ID, "system");
        verify(caseFiles, times(1)).close(any(), any(), any(), any());
    }

    @Test
    void theAftercareCheckNeedsAReasonToReopenAndWrongInputStoresNothing() {
        CaseClosure closure = closing(CloseReason.GOALS_REACHED);
        closure.closed(NOW);

        assertThat(fields(() -> service.recordAftercare(CASE_ID, "REOPEN", " ", "jeugdzorg.utrecht"))).containsExactly("reopenReason");
        assertThat(fields(() -> service.recordAftercare(CASE_ID, "MISSCHIEN", null, "jeugdzorg.utrecht"))).containsExactly("aftercareDecision");
        assertThat(fields(() -> service.recordAftercare(CASE_ID, "REOPEN", "x".repeat(2001), "jeugdzorg.utrecht")))
                .containsExactly("reopenReason");
        assertThat(closure.getAftercareDecision()).isNull();
    }

    @Test
    void aStableSituationKeepsTheCaseClosed() {
        CaseClosure closure = closing(CloseReason.REGULAR_CARE);
        closure.closed(NOW);

        assertThat(service.recordAftercare(CASE_ID, "STABLE", "wordt genegeerd", "procesregie.utrecht")).isEqualTo(AftercareDecision.STABLE);

        assertThat(closure.getAftercareNote()).isNull();
        assertThat(closure.getAftercareBy()).isEqualTo("procesregie.utrecht");
        verify(projection).enter(CASE_ID, StatusPhase.CLOSED);
        verify(caseFiles, never()).reopen(any(), any(), any(), any());
    }

    @Test
    void anUnstableSituationReopensTheCaseWithTheFormerDirectorsPartnerInvolved() {
        CaseClosure closure = closing(CloseReason.GOALS_REACHED);
        closure.closed(NOW);
        service.recordAftercare(CASE_ID, "REOPEN", "Sem is opnieuw aangehouden", "jeugdzorg.utrecht");

        service.reopen(CASE_ID, "jeugdzorg");

        InOrder order = inOrder(caseFiles, projection);
        order.verify(caseFiles).reopen(CASE_ID, "nazorgcheck: situatie niet stabiel", "jeugdzorg.utrecht", "jeugdzorg");
        order.verify(projection).enter(CASE_ID, StatusPhase.CONFERENCE);
        assertThat(closure.getAftercareNote()).isEqualTo("Sem is opnieuw aangehouden");
    }

    @Test
    void nothingReopensWithoutAnUnstableAftercareCheckOfAClosedCase() {
        closing(CloseReason.GOALS_REACHED);
        assertThatThrownBy(() -> service.recordAftercare(CASE_ID, "STABLE", null, "d")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> service.reopen(CASE_ID, "jeugdzorg")).isInstanceOf(IllegalStateException.class);
        when(closures.findFirstByCaseIdOrderByIdDesc(7L)).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.close(7L, "system")).isInstanceOf(IllegalStateException.class).hasMessageContaining("no closing");
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
