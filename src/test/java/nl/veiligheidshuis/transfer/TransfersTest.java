package nl.veiligheidshuis.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseNotFoundException;
import nl.veiligheidshuis.casefile.CaseType;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.organisation.RegionRepository;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of a handover: who asks, to which region, once at a time; who decides, once, and with a reason to decline. */
class TransfersTest {

    static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
    static final String CASE = "VH-2026-000017";
    static final long CASE_ID = 17L;
    static final long TRANSFER_ID = 7L;

    static final Caller UTRECHT_DIRECTION = new Caller("procesregie.utrecht", List.of("procesregie"), List.of("utrecht"));
    static final Caller ROTTERDAM_DIRECTION = new Caller("procesregie.rotterdam-rijnmond", List.of("procesregie"), List.of("rotterdam-rijnmond"));
    static final Caller LIMBURG_DIRECTION = new Caller("procesregie.zuid-limburg", List.of("procesregie"), List.of("zuid-limburg"));
    static final Caller UTRECHT_POLICE = new Caller("politie.utrecht", List.of("politie"), List.of("utrecht"));
    static final Caller ROTTERDAM_POLICE = new Caller("politie.rotterdam-rijnmond", List.of("politie"), List.of("rotterdam-rijnmond"));

    CaseTransferRepository repository = mock(CaseTransferRepository.class);
    CaseFileRepository cases = mock(CaseFileRepository.class);
    RegionRepository regions = mock(RegionRepository.class);
    TransferProcesses processes = mock(TransferProcesses.class);
    TransferredCases transferredCases = mock(TransferredCases.class);
    AccessLog accessLog = mock(AccessLog.class);
    Transfers transfers;

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        transfers = new Transfers(repository, cases, regions, processes, transferredCases, accessLog, Clock.fixed(NOW, ZoneOffset.UTC));
        CaseFile caseFile = new CaseFile(CASE, "utrecht", CaseType.PERSON, "PARTNER", "politie", NOW);
        setId(caseFile, CASE_ID);
        when(cases.findByCaseNumber(CASE)).thenReturn(Optional.of(caseFile));
        when(cases.findByCaseNumber("VH-2026-999999")).thenReturn(Optional.empty());
        for (String region : List.of("utrecht", "rotterdam-rijnmond", "zuid-limburg")) {
            when(regions.existsById(region)).thenReturn(true);
        }
        when(repository.saveAndFlush(any())).thenAnswer(call -> {
            CaseTransfer saved = call.getArgument(0);
            setId(saved, TRANSFER_ID);
            return saved;
        });
        when(processes.start(any(), anyString())).thenReturn("instance-1");
    }

    // ------------------------------------------------------------------ request

    @Test
    void processDirectionOfTheCasesRegionAsksAnotherRegionAndTheProcessStartsThere() {
        CaseTransfer transfer = transfers.request(CASE, " rotterdam-rijnmond ", UTRECHT_DIRECTION, AccessLog.Channel.API);

        assertThat(transfer.getStatus()).isEqualTo(TransferStatus.REQUESTED);
        assertThat(transfer.getOriginCaseId()).isEqualTo(CASE_ID);
        assertThat(transfer.getOriginCaseNumber()).isEqualTo(CASE);
        assertThat(transfer.getOriginRegion()).isEqualTo("utrecht");
        assertThat(transfer.getTargetRegion()).isEqualTo("rotterdam-rijnmond");
        assertThat(transfer.getRequestedBy()).isEqualTo("procesregie.utrecht");
        assertThat(transfer.getRequestedAt()).isEqualTo(NOW);
        assertThat(transfer.getProcessInstanceId()).isEqualTo("instance-1");
        verify(processes).start(eq(transfer), anyString());
        verify(accessLog).record(eq("procesregie.utrecht"), eq(List.of("procesregie")), eq(CASE), isNull(), eq(AccessAction.UPDATE),
                eq(AccessLog.Channel.API), eq("overdracht aangevraagd naar regio rotterdam-rijnmond"));
    }

    @Test
    void onlyProcessDirectionMayAsk() {
        assertThatThrownBy(() -> transfers.request(CASE, "rotterdam-rijnmond", UTRECHT_POLICE, AccessLog.Channel.API))
                .isInstanceOf(NotPermittedException.class);
        verifyNoInteractions(processes);
    }

    @Test
    void processDirectionOfAnotherRegionMayNotAskAndDoesNotLearnTheCaseExists() {
        assertThatThrownBy(() -> transfers.request(CASE, "zuid-limburg", ROTTERDAM_DIRECTION, AccessLog.Channel.API))
                .isInstanceOf(CaseNotFoundException.class);
        verify(repository, never()).saveAndFlush(any());
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThatThrownBy(() -> transfers.request("VH-2026-999999", "rotterdam-rijnmond", UTRECHT_DIRECTION, AccessLog.Channel.API))
                .isInstanceOf(CaseNotFoundException.class);
    }

    @ParameterizedTest(name = "[{0}]: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "-                  | Kies de regio die de casus overneemt",
        "'  '               | Kies de regio die de casus overneemt",
        "utrecht            | Kies een andere regio dan die van de casus",
        "atlantis           | Onbekende regio 'atlantis'"})
    void theTargetMustBeAKnownRegionOtherThanTheOrigin(String target, String message) {
        assertThatThrownBy(() -> transfers.request(CASE, target, UTRECHT_DIRECTION, AccessLog.Channel.API))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getErrors()).hasSize(1);
                    assertThat(e.getErrors().get(0).field()).isEqualTo("targetRegion");
                    assertThat(e.getErrors().get(0).message()).isEqualTo(message);
                });
        verifyNoInteractions(processes);
    }

    @Test
    void atMostOneOpenTransferPerCase() {
        when(repository.existsByOriginCaseIdAndStatus(CASE_ID, TransferStatus.REQUESTED)).thenReturn(true);

        assertThatThrownBy(() -> transfers.request(CASE, "rotterdam-rijnmond", UTRECHT_DIRECTION, AccessLog.Channel.API))
                .isInstanceOf(TransferConflictException.class).hasMessageContaining("loopt al een overdracht");
        verifyNoInteractions(processes);
    }

    @Test
    void theHookAfterAMoveLeavesAnOpenTransferAlone() {
        when(repository.findByOriginCaseIdOrderById(CASE_ID)).thenReturn(List.of(open("zuid-limburg")));

        transfers.requestAfterMove(CASE, "rotterdam-rijnmond", UTRECHT_DIRECTION);

        verify(repository, never()).saveAndFlush(any());
        verifyNoInteractions(processes);
    }

    @Test
    void theHookAfterAMoveDoesNotAskARegionThatTookTheCaseOverAlready() {
        CaseTransfer accepted = open("rotterdam-rijnmond");
        accepted.accept("VH-2026-000099", "procesregie.rotterdam-rijnmond", NOW);
        when(repository.findByOriginCaseIdOrderById(CASE_ID)).thenReturn(List.of(accepted));

        transfers.requestAfterMove(CASE, "rotterdam-rijnmond", UTRECHT_DIRECTION);

        verify(repository, never()).saveAndFlush(any());
        verifyNoInteractions(processes);
    }

    @Test
    void theHookAfterAMoveAsksTheRegionTheCaseDirectorNamed() {
        transfers.requestAfterMove(CASE, "rotterdam-rijnmond", UTRECHT_DIRECTION);

        verify(processes).start(any(), anyString());
    }

    // ------------------------------------------------------------------ list

    @Test
    void processDirectionOfTheOriginSeesEveryTransferAndTheReadIsLogged() {
        CaseTransfer toRotterdam = open("rotterdam-rijnmond");
        CaseTransfer toLimburg = open("zuid-limburg");
        when(repository.findByOriginCaseIdOrderById(CASE_ID)).thenReturn(List.of(toRotterdam, toLimburg));

        assertThat(transfers.list(CASE, UTRECHT_DIRECTION, AccessLog.Channel.API)).containsExactly(toRotterdam, toLimburg);
        verify(accessLog).record("procesregie.utrecht", List.of("procesregie"), CASE, null, AccessAction.READ, AccessLog.Channel.API,
                "overdrachten inzien");
    }

    @Test
    void processDirectionOfATargetSeesOnlyTheTransfersToItsRegion() {
        CaseTransfer toRotterdam = open("rotterdam-rijnmond");
        CaseTransfer toLimburg = open("zuid-limburg");
        when(repository.findByOriginCaseIdOrderById(CASE_ID)).thenReturn(List.of(toRotterdam, toLimburg));

        assertThat(transfers.list(CASE, ROTTERDAM_DIRECTION, AccessLog.Channel.API)).containsExactly(toRotterdam);
    }

    @Test
    void nobodyElseSeesTheTransfers() {
        when(repository.findByOriginCaseIdOrderById(CASE_ID)).thenReturn(List.of(open("rotterdam-rijnmond")));

        for (Caller caller : List.of(UTRECHT_POLICE, ROTTERDAM_POLICE)) {
            assertThatThrownBy(() -> transfers.list(CASE, caller, AccessLog.Channel.API)).as(caller.userId())
                    .isInstanceOf(NotPermittedException.class);
        }
        assertThatThrownBy(() -> transfers.list(CASE, LIMBURG_DIRECTION, AccessLog.Channel.API)).as("a region with nothing to do with it")
                .isInstanceOf(CaseNotFoundException.class);
        verifyNoInteractions(accessLog);
    }

    // ------------------------------------------------------------------ decisions

    @Test
    void processDirectionOfTheTargetAcceptsAndTheNewCaseNumberIsRecorded() {
        CaseTransfer transfer = stored(open("rotterdam-rijnmond"));
        when(transferredCases.register(transfer, ROTTERDAM_DIRECTION)).thenReturn("VH-2026-000042");

        assertThat(transfers.accept(TRANSFER_ID, ROTTERDAM_DIRECTION)).isEqualTo("VH-2026-000042");

        assertThat(transfer.getStatus()).isEqualTo(TransferStatus.ACCEPTED);
        assertThat(transfer.getNewCaseNumber()).isEqualTo("VH-2026-000042");
        assertThat(transfer.getDecidedBy()).isEqualTo("procesregie.rotterdam-rijnmond");
        assertThat(transfer.getDecidedAt()).isEqualTo(NOW);
    }

    @Test
    void onlyProcessDirectionOfTheTargetDecides() {
        CaseTransfer transfer = stored(open("rotterdam-rijnmond"));

        for (Caller caller : List.of(UTRECHT_DIRECTION, ROTTERDAM_POLICE, LIMBURG_DIRECTION)) {
            assertThatThrownBy(() -> transfers.accept(TRANSFER_ID, caller)).as(caller.userId()).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> transfers.decline(TRANSFER_ID, "Geen capaciteit", caller)).as(caller.userId())
                    .isInstanceOf(NotPermittedException.class);
        }
        assertThat(transfer.getStatus()).isEqualTo(TransferStatus.REQUESTED);
        verifyNoInteractions(transferredCases);
    }

    @Test
    void aDeclineRecordsItsReason() {
        CaseTransfer transfer = stored(open("rotterdam-rijnmond"));

        transfers.decline(TRANSFER_ID, "  De persoon woont niet in onze regio ", ROTTERDAM_DIRECTION);

        assertThat(transfer.getStatus()).isEqualTo(TransferStatus.DECLINED);
        assertThat(transfer.getDeclineReason()).isEqualTo("De persoon woont niet in onze regio");
        assertThat(transfer.getNewCaseNumber()).isNull();
    }

    @ParameterizedTest(name = "reason [{0}]")
    @CsvSource(nullValues = "-", value = {"-", "''", "'   '"})
    void aDeclineNeedsAReason(String reason) {
        CaseTransfer transfer = stored(open("rotterdam-rijnmond"));

        assertThatThrownBy(() -> transfers.decline(TRANSFER_ID, reason, ROTTERDAM_DIRECTION))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getErrors().get(0).field()).isEqualTo(CaseTransferProcess.DECLINE_REASON));
        assertThat(transfer.getStatus()).isEqualTo(TransferStatus.REQUESTED);
    }

    @Test
    void aDeclineReasonHasAMaximumLength() {
        stored(open("rotterdam-rijnmond"));

        assertThatThrownBy(() -> transfers.decline(TRANSFER_ID, "x".repeat(Transfers.DECLINE_REASON_MAX + 1), ROTTERDAM_DIRECTION))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Maximaal 1000 tekens");
    }

    @Test
    void aTransferIsDecidedOnlyOnce() {
        CaseTransfer transfer = stored(open("rotterdam-rijnmond"));
        transfers.decline(TRANSFER_ID, "Geen capaciteit", ROTTERDAM_DIRECTION);

        assertThatThrownBy(() -> transfers.accept(TRANSFER_ID, ROTTERDAM_DIRECTION)).isInstanceOf(TransferConflictException.class);
        assertThatThrownBy(() -> transfers.decline(TRANSFER_ID, "Nogmaals", ROTTERDAM_DIRECTION)).isInstanceOf(TransferConflictException.class);
        assertThat(transfer.getStatus()).isEqualTo(TransferStatus.DECLINED);
        assertThat(transfer.getDeclineReason()).isEqualTo("Geen capaciteit");
        verifyNoInteractions(transferredCases);
    }

    @Test
    void twentyDaysWithoutADecisionExpireTheRequestAndARetryChangesNothing() {
        CaseTransfer transfer = stored(open("rotterdam-rijnmond"));

        transfers.expire(TRANSFER_ID);
        transfers.expire(TRANSFER_ID);

        assertThat(transfer.getStatus()).isEqualTo(TransferStatus.EXPIRED);
        assertThat(transfer.getDecidedAt()).isEqualTo(NOW);
        assertThat(transfer.getDecidedBy()).isNull();
        verify(accessLog).record(isNull(), isNull(), eq(CASE), isNull(), eq(AccessAction.UPDATE), eq(AccessLog.Channel.PROCESS), anyString());
    }

    @Test
    void anExpiredTransferCannotBeAcceptedAnymore() {
        stored(open("rotterdam-rijnmond"));
        transfers.expire(TRANSFER_ID);

        assertThatThrownBy(() -> transfers.accept(TRANSFER_ID, ROTTERDAM_DIRECTION)).isInstanceOf(TransferConflictException.class);
    }

    // ------------------------------------------------------------------ helpers

    private static CaseTransfer open(String target) {
        return new CaseTransfer(CASE_ID, CASE, "utrecht", target, "procesregie.utrecht", NOW.minusSeconds(3600));
    }

    private CaseTransfer stored(CaseTransfer transfer) {
        when(repository.findById(TRANSFER_ID)).thenReturn(Optional.of(transfer));
        return transfer;
    }

    private static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
