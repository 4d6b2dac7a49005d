package nl.veiligheidshuis.area;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.CaseAccess;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseNotFoundException;
import nl.veiligheidshuis.casefile.CaseType;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of an area approach: only an accepted AREA case, only process direction of its region starts, one running
 * approach per case; texts required and bounded; the follow-up date in the future; reads for need to know, logged.
 */
class AreaApproachesTest {

    /** Monday 4 May 2026, 10:00 in Amsterdam. */
    static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
    static final String AREA_CASE = "VH-2026-000031";
    static final String PERSON_CASE = "VH-2026-000032";
    static final String OPEN_AREA_CASE = "VH-2026-000033";
    static final long CASE_ID = 31L;
    static final long APPROACH_ID = 5L;

    static final Caller UTRECHT_DIRECTION = new Caller("procesregie.utrecht", List.of("procesregie"), List.of("utrecht"));
    static final Caller ROTTERDAM_DIRECTION = new Caller("procesregie.rotterdam-rijnmond", List.of("procesregie"), List.of("rotterdam-rijnmond"));
    static final Caller UTRECHT_POLICE = new Caller("politie.utrecht", List.of("politie"), List.of("utrecht"));
    static final Caller UTRECHT_MUNICIPALITY = new Caller("gemeente.utrecht", List.of("gemeente"), List.of("utrecht"));

    AreaApproachRepository repository = mock(AreaApproachRepository.class);
    CaseFileRepository cases = mock(CaseFileRepository.class);
    CaseAccess caseAccess = mock(CaseAccess.class);
    AreaApproachProcesses processes = mock(AreaApproachProcesses.class);
    AccessLog accessLog = mock(AccessLog.class);
    AreaApproaches approaches;
    CaseFile areaCase;

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        approaches = new AreaApproaches(repository, cases, caseAccess, processes, accessLog, Clock.fixed(NOW, ZoneOffset.UTC));
        areaCase = new CaseFile(AREA_CASE, "utrecht", CaseType.AREA, "AREA_SIGNAL", "gemeente", NOW);
        areaCase.describeArea("Kanaleneiland", "Utrecht", "jeugdoverlast");
        areaCase.accept();
        setId(areaCase, CASE_ID);
        CaseFile personCase = new CaseFile(PERSON_CASE, "utrecht", CaseType.PERSON, "PARTNER", "politie", NOW);
        personCase.accept();
        CaseFile notYetAccepted = new CaseFile(OPEN_AREA_CASE, "utrecht", CaseType.AREA, "AREA_SIGNAL", "gemeente", NOW);
        when(cases.findByCaseNumber(AREA_CASE)).thenReturn(Optional.of(areaCase));
        when(cases.findByCaseNumber(PERSON_CASE)).thenReturn(Optional.of(personCase));
        when(cases.findByCaseNumber(OPEN_AREA_CASE)).thenReturn(Optional.of(notYetAccepted));
        when(cases.findByCaseNumber("VH-2026-999999")).thenReturn(Optional.empty());
        when(repository.saveAndFlush(any())).thenAnswer(call -> {
            AreaApproach saved = call.getArgument(0);
            setId(saved, APPROACH_ID);
            return saved;
        });
        when(processes.start(any(), anyString())).thenReturn("instance-1");
    }

    // ------------------------------------------------------------------ start

    @Test
    void processDirectionOfTheRegionStartsTheApproachOfAnAcceptedAreaCaseAddressedToItsMunicipality() {
        AreaApproach approach = approaches.start(AREA_CASE, UTRECHT_DIRECTION, AccessLog.Channel.API);

        assertThat(approach.getStatus()).isEqualTo(AreaApproachStatus.ANALYSIS);
        assertThat(approach.getAnalysisRound()).isEqualTo(1);
        assertThat(approach.getCaseId()).isEqualTo(CASE_ID);
        assertThat(approach.getRegion()).isEqualTo("utrecht");
        assertThat(approach.getAddressedAdministrator()).isEqualTo("Utrecht");
        assertThat(approach.getStartedBy()).isEqualTo("procesregie.utrecht");
        assertThat(approach.getStartedAt()).isEqualTo(NOW);
        assertThat(approach.getProcessInstanceId()).isEqualTo("instance-1");
        verify(processes).start(approach, "Kanaleneiland");
        verify(accessLog).record(eq("procesregie.utrecht"), eq(List.of("procesregie")), eq(AREA_CASE), isNull(), eq(AccessAction.CREATE),
                eq(AccessLog.Channel.API), anyString());
    }

    @Test
    void onlyProcessDirectionStarts() {
        assertThatThrownBy(() -> approaches.start(AREA_CASE, UTRECHT_POLICE, AccessLog.Channel.API)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> approaches.start(AREA_CASE, UTRECHT_MUNICIPALITY, AccessLog.Channel.API)).isInstanceOf(NotPermittedException.class);
        verifyNoInteractions(processes);
    }

    @Test
    void anUnknownCaseOrACaseOfAnotherRegionIsNotFound() {
        assertThatThrownBy(() -> approaches.start("VH-2026-999999", UTRECHT_DIRECTION, AccessLog.Channel.API))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> approaches.start(AREA_CASE, ROTTERDAM_DIRECTION, AccessLog.Channel.API))
                .isInstanceOf(CaseNotFoundException.class);
        verifyNoInteractions(processes);
    }

    @Test
    void onlyAnAreaCaseGetsAnAreaApproach() {
        assertThatThrownBy(() -> approaches.start(PERSON_CASE, UTRECHT_DIRECTION, AccessLog.Channel.API)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getErrors()).singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("caseType")));
        verify(repository, never()).saveAndFlush(any());
    }

    @Test
    void anAreaCaseThatIsNotAcceptedYetCannotStartAnApproach() {
        assertThatThrownBy(() -> approaches.start(OPEN_AREA_CASE, UTRECHT_DIRECTION, AccessLog.Channel.API))
                .isInstanceOf(AreaApproachConflictException.class).hasMessageContaining("niet geaccepteerd");
        verifyNoInteractions(processes);
    }

    @Test
    void aSecondApproachWhileOneIsRunningIsAConflict() {
        when(repository.existsByCaseIdAndStatusNotIn(CASE_ID, AreaApproachStatus.ENDED)).thenReturn(true);

        assertThatThrownBy(() -> approaches.start(AREA_CASE, UTRECHT_DIRECTION, AccessLog.Channel.API))
                .isInstanceOf(AreaApproachConflictException.class).hasMessageContaining("loopt al een gebiedsaanpak");
        verifyNoInteractions(processes);
    }

    // ------------------------------------------------------------------ read

    @Test
    void whoMaySeeTheCaseReadsTheRunningApproachAndTheReadIsLogged() {
        AreaApproach running = approach(AreaApproachStatus.ANALYSIS);
        when(repository.findByCaseIdOrderByIdDesc(CASE_ID)).thenReturn(List.of(running));
        when(caseAccess.maySee(UTRECHT_MUNICIPALITY, areaCase)).thenReturn(true);

        assertThat(approaches.current(AREA_CASE, UTRECHT_MUNICIPALITY, AccessLog.Channel.API)).isSameAs(running);
        verify(accessLog).record(eq("gemeente.utrecht"), eq(List.of("gemeente")), eq(AREA_CASE), isNull(), eq(AccessAction.READ),
                eq(AccessLog.Channel.API), eq("gebiedsaanpak inzien"));
    }

    @Test
    void whoMayNotSeeTheCaseGets404AndNothingIsLogged() {
        when(caseAccess.maySee(any(), any())).thenReturn(false);

        assertThatThrownBy(() -> approaches.current(AREA_CASE, UTRECHT_POLICE, AccessLog.Channel.API)).isInstanceOf(CaseNotFoundException.class);
        verifyNoInteractions(accessLog);
    }

    @Test
    void aCaseWithoutApproachHasNone() {
        when(caseAccess.maySee(UTRECHT_DIRECTION, areaCase)).thenReturn(true);
        when(repository.findByCaseIdOrderByIdDesc(CASE_ID)).thenReturn(List.of());

        assertThatThrownBy(() -> approaches.current(AREA_CASE, UTRECHT_DIRECTION, AccessLog.Channel.API))
                .isInstanceOf(AreaApproachNotFoundException.class);
    }

    // ------------------------------------------------------------------ the steps

    @Test
    void theAdvicePathRecordsAnalysisAdviceResponseAndEffect() {
        AreaApproach approach = approach(AreaApproachStatus.ANALYSIS);

        approaches.recordAnalysis(APPROACH_ID, "  Overlast rond het winkelcentrum  ", "ADVICE_TO_ADMINISTRATION", UTRECHT_DIRECTION);
        assertThat(approach.getAnalysisSummary()).isEqualTo("Overlast rond het winkelcentrum");
        assertThat(approach.getStatus()).isEqualTo(AreaApproachStatus.ADVICE);

        approaches.sendAdvice(APPROACH_ID, "Cameratoezicht en jongerenwerk", UTRECHT_DIRECTION);
        assertThat(approach.getSentAt()).isEqualTo(NOW);
        assertThat(approach.getStatus()).isEqualTo(AreaApproachStatus.AWAITING_RESPONSE);

        LocalDate followUp = approaches.recordResponse(APPROACH_ID, "PARTLY", "Camera ja, jongerenwerk later", "01-09-2026", UTRECHT_MUNICIPALITY);
        assertThat(followUp).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(approach.getAdministratorResponse()).isEqualTo(AdministratorResponse.PARTLY);
        assertThat(approach.getFollowUpDate()).isEqualTo(followUp);
        assertThat(approach.getStatus()).isEqualTo(AreaApproachStatus.FOLLOW_UP);

        assertThat(approaches.recordEffect(APPROACH_ID, "DONE", "Overlast afgenomen", UTRECHT_DIRECTION)).isEqualTo(EffectOutcome.DONE);
        assertThat(approach.getStatus()).isEqualTo(AreaApproachStatus.COMPLETED);
        assertThat(approach.getCompletedAt()).isEqualTo(NOW);
    }

    @Test
    void theJointPathAndANewAnalysisRound() {
        AreaApproach approach = approach(AreaApproachStatus.ANALYSIS);
        approaches.recordAnalysis(APPROACH_ID, "Ondermijning op het bedrijventerrein", "JOINT_APPROACH", UTRECHT_MUNICIPALITY);
        assertThat(approach.getStatus()).isEqualTo(AreaApproachStatus.JOINT_APPROACH);

        approaches.agreeJointApproach(APPROACH_ID, "Maandelijkse integrale controle", "2026-06-15", UTRECHT_DIRECTION);
        assertThat(approach.getJointAgreements()).isEqualTo("Maandelijkse integrale controle");
        assertThat(approach.getFollowUpDate()).isEqualTo(LocalDate.of(2026, 6, 15));

        assertThat(approaches.recordEffect(APPROACH_ID, "NEW_ANALYSIS", "Verplaatst naar de haven", UTRECHT_DIRECTION))
                .isEqualTo(EffectOutcome.NEW_ANALYSIS);
        assertThat(approach.getStatus()).isEqualTo(AreaApproachStatus.ANALYSIS);
        assertThat(approach.getAnalysisRound()).isEqualTo(2);
        assertThat(approach.getCompletedAt()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no analysis        | '   '  | JOINT_APPROACH | analysisSummary",
            "no approach type   | tekst  |                | approachType",
            "unknown type       | tekst  | PARTY          | approachType"})
    void anAnalysisNeedsItsTextAndAKnownApproachType(String scenario, String summary, String type, String field) {
        approach(AreaApproachStatus.ANALYSIS);

        assertThatThrownBy(() -> approaches.recordAnalysis(APPROACH_ID, summary, type, UTRECHT_DIRECTION)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getErrors()).extracting(error -> error.field()).containsExactly(field));
    }

    @Test
    void textsAreBounded() {
        approach(AreaApproachStatus.ANALYSIS);
        String tooLong = "x".repeat(AreaApproaches.ANALYSIS_MAX + 1);

        assertThatThrownBy(() -> approaches.recordAnalysis(APPROACH_ID, tooLong, "JOINT_APPROACH", UTRECHT_DIRECTION))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Maximaal 4000 tekens");
        AreaApproach approach = approach(AreaApproachStatus.ANALYSIS);
        approaches.recordAnalysis(APPROACH_ID, "x".repeat(AreaApproaches.ANALYSIS_MAX), "JOINT_APPROACH", UTRECHT_DIRECTION);
        assertThat(approach.getAnalysisSummary()).hasSize(AreaApproaches.ANALYSIS_MAX);
    }

    @Test
    void anAdviceAndAResponseNoteAreRequired() {
        approach(AreaApproachStatus.ADVICE);
        assertThatThrownBy(() -> approaches.sendAdvice(APPROACH_ID, null, UTRECHT_DIRECTION)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("adviceText");
        approach(AreaApproachStatus.AWAITING_RESPONSE);
        assertThatThrownBy(() -> approaches.recordResponse(APPROACH_ID, "MAYBE", "", "01-09-2026", UTRECHT_MUNICIPALITY))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getErrors()).extracting(error -> error.field())
                        .containsExactly("administratorResponse", "responseNote"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing          | ''",
            "no date          | 31-02-2026",
            "not a date       | volgende week",
            "today            | 04-05-2026",
            "in the past      | 01-01-2026",
            "too far ahead    | 05-05-2028"})
    void theFollowUpDateLiesInTheFutureAndAtMostTwoYearsAhead(String scenario, String followUpOn) {
        approach(AreaApproachStatus.JOINT_APPROACH);

        assertThatThrownBy(() -> approaches.agreeJointApproach(APPROACH_ID, "Afspraken", followUpOn, UTRECHT_DIRECTION))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getErrors()).extracting(error -> error.field()).containsExactly("followUpOn"));
    }

    @Test
    void tomorrowAndTwoYearsAheadAreFineAndTheTimerFallsDueAtNineDutchTime() {
        approach(AreaApproachStatus.JOINT_APPROACH);
        assertThat(approaches.agreeJointApproach(APPROACH_ID, "Afspraken", "05-05-2026", UTRECHT_DIRECTION)).isEqualTo(LocalDate.of(2026, 5, 5));
        approach(AreaApproachStatus.JOINT_APPROACH);
        assertThat(approaches.agreeJointApproach(APPROACH_ID, "Afspraken", "04-05-2028", UTRECHT_DIRECTION)).isEqualTo(LocalDate.of(2028, 5, 4));
        assertThat(AreaApproaches.followUpMoment(LocalDate.of(2026, 5, 5))).isEqualTo(Instant.parse("2026-05-05T07:00:00Z"));
        assertThat(AreaApproaches.followUpMoment(LocalDate.of(2026, 12, 1))).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
    }

    @Test
    void aStepOutOfOrderIsRefused() {
        approach(AreaApproachStatus.ANALYSIS);
        assertThatThrownBy(() -> approaches.sendAdvice(APPROACH_ID, "Advies", UTRECHT_DIRECTION)).isInstanceOf(AreaApproachConflictException.class);
    }

    // ------------------------------------------------------------------ helpers

    /** An approach of the area case in the given status, found under {@link #APPROACH_ID}. */
    private AreaApproach approach(AreaApproachStatus status) {
        AreaApproach approach = new AreaApproach(CASE_ID, AREA_CASE, "utrecht", "Utrecht", "procesregie.utrecht", NOW);
        try {
            setId(approach, APPROACH_ID);
            Field field = AreaApproach.class.getDeclaredField("status");
            field.setAccessible(true);
            field.set(approach, status);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        when(repository.findById(APPROACH_ID)).thenReturn(Optional.of(approach));
        return approach;
    }

    private static void setId(Object entity, long id) throws ReflectiveOperationException {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }
}
