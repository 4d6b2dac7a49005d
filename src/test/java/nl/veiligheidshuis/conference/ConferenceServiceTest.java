package nl.veiligheidshuis.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.veiligheidshuis.casefile.CaseAccess;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.casefile.CaseNotFoundException;
import nl.veiligheidshuis.casefile.CasePhase;
import nl.veiligheidshuis.casefile.CaseType;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.Involvement;
import nl.veiligheidshuis.casefile.Involvements;
import nl.veiligheidshuis.organisation.PartnerGroupRepository;
import nl.veiligheidshuis.privacy.AccessAction;
import nl.veiligheidshuis.privacy.AccessLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * {@link ConferenceService} with its repositories mocked: what it stores, whom it involves, what it logs, and that
 * refused input stores nothing and involves nobody.
 */
class ConferenceServiceTest {

    static final Long CASE_ID = 5L;
    static final Long CONFERENCE_ID = 9L;
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    ConferenceRepository conferences = mock(ConferenceRepository.class);
    ConferencePartnerRepository partners = mock(ConferencePartnerRepository.class);
    CaseFiles caseFiles = mock(CaseFiles.class);
    CaseFileRepository cases = mock(CaseFileRepository.class);
    CaseAccess access = mock(CaseAccess.class);
    Involvements involvements = mock(Involvements.class);
    PartnerGroupRepository partnerGroups = mock(PartnerGroupRepository.class);
    AccessLog accessLog = mock(AccessLog.class);
    ProfessionalDirectory directory = ConferenceRecordTest.DIRECTORY;
    ConferenceService service;

    CaseFile caseFile = new CaseFile("VH-2026-000005", "utrecht", CaseType.PERSON, "ZSM", "politie", NOW);
    List<ConferencePartner> rows = new ArrayList<>();

    @BeforeEach
    void setUp() {
        service = new ConferenceService(conferences, partners, caseFiles, cases, access, involvements, partnerGroups, directory, accessLog,
                Clock.fixed(NOW, ZoneOffset.UTC));
        ReflectionTestUtils.setField(caseFile, "id", CASE_ID);
        when(caseFiles.byId(CASE_ID)).thenReturn(caseFile);
        when(partners.findByConferenceIdOrderById(CONFERENCE_ID)).thenAnswer(call -> List.copyOf(rows));
        when(partners.save(any())).thenAnswer(call -> {
            ConferencePartner row = call.getArgument(0);
            if (!rows.contains(row)) {
                rows.add(row);
            }
            return row;
        });
        when(partners.findByConferenceIdAndPartnerGroup(eq(CONFERENCE_ID), anyString()))
                .thenAnswer(call -> rows.stream().filter(r -> r.getPartnerGroup().equals(call.getArgument(1))).findFirst());
    }

    @Test
    void theProposalIsStoredOncePerPartnerWithItsReasonsAndWhatMayBeAddedOrDropped() {
        when(conferences.findByProcessInstanceId("pi")).thenReturn(Optional.empty());
        when(conferences.save(any())).thenAnswer(call -> withId(call.getArgument(0)));

        ConferenceService.ProposalView view = service.propose(CASE_ID, "pi", List.of(new PartnerProposal.Hit("gemeente", "REQUIRED"),
                new PartnerProposal.Hit("politie", "REQUIRED"), new PartnerProposal.Hit("politie", "REQUIRED")),
                Map.of("politie", List.of("Huiselijk geweld", "Overlast of verstoring openbare orde")), "system");

        assertThat(rows).extracting(ConferencePartner::getPartnerGroup).containsExactly("gemeente", "politie");
        verify(caseFiles).enterPhase(CASE_ID, CasePhase.CONFERENCE);
        assertThat(rows.get(1).getSelectionReason()).isEqualTo("Huiselijk geweld; Overlast of verstoring openbare orde");
        assertThat(rows).allSatisfy(row -> assertThat(row.isSelected()).isFalse());
        assertThat(view.lines()).extracting(ConferenceService.ProposalLine::attendance).containsExactly("Vereist", "Vereist");
        assertThat(view.droppable()).extracting(ConferenceService.Option::value).containsExactly("politie");
        assertThat(view.addable()).extracting(ConferenceService.Option::value).doesNotContain("gemeente", "politie").contains("ggz", "uwv");
        verify(accessLog).record("system", null, "VH-2026-000005", null, AccessAction.CREATE, AccessLog.Channel.PROCESS,
                "casusoverleg: partnervoorstel");
    }

    @Test
    void theChosenParticipantsBecomeInvolvedAndTheChangesAreStoredWithTheirReasons() {
        proposed("gemeente", "politie", "leerplicht");

        List<String> participants = service.chooseParticipants(CONFERENCE_ID, List.of("woningcorporatie"), List.of("leerplicht"),
                Map.of("woningcorporatie", "Huurachterstand", "leerplicht", "Niet meer leerplichtig"), "procesregie.utrecht");

        assertThat(participants).containsExactly("gemeente", "politie", "woningcorporatie");
        // the participants replace any earlier selection; one dropped from an earlier conference learns why
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Function<String, String>> why = ArgumentCaptor.forClass(Function.class);
        verify(involvements).replaceSelection(eq(CASE_ID), eq(participants), why.capture());
        assertThat(why.getValue().apply("leerplicht")).isEqualTo(ConferenceService.DROPPED_FROM_CONFERENCE + ": Niet meer leerplichtig");
        assertThat(why.getValue().apply("ggz")).isEqualTo(ConferenceService.NOT_SELECTED_AGAIN);
        verify(involvements, never()).involve(CASE_ID, "leerplicht", Involvement.Reason.SELECTED);
        ConferencePartner dropped = row("leerplicht");
        assertThat(dropped.getChangeKind()).isEqualTo(ConferencePartner.Change.DROPPED);
        assertThat(dropped.getPreparationStatus()).isEqualTo(PreparationStatus.NOT_INVITED);
        ConferencePartner added = row("woningcorporatie");
        assertThat(added.isProposed()).isFalse();
        assertThat(added.getChangeReason()).isEqualTo("Huurachterstand");
        assertThat(added.getPreparationStatus()).isEqualTo(PreparationStatus.PENDING);
        assertThat(conference().getStatus()).isEqualTo(ConferenceStatus.PARTICIPANTS_CHOSEN);
    }

    @Test
    void aRefusedChoiceStoresNothingAndInvolvesNobody() {
        proposed("gemeente", "politie");

        assertThatThrownBy(() -> service.chooseParticipants(CONFERENCE_ID, List.of(), List.of("politie"), Map.of(), "procesregie.utrecht"))
                .isInstanceOf(InvalidInputException.class);

        verifyNoInteractions(involvements, accessLog);
        verify(partners, never()).save(any());
        assertThat(rows).allSatisfy(row -> assertThat(row.isSelected()).isFalse());
        assertThat(conference().getStatus()).isEqualTo(ConferenceStatus.PROPOSED);
    }

    @Test
    void aPreparationGoesIntoTheCaseFileWithItsSourcePartnerAndLegalBasis() {
        scheduled("gemeente", "jeugdzorg");
        Preparation preparation = Preparation.of("Bekend", "YOUTH_ACT", null, "Ambulante hulp", "A. de Vries", "Teamleider", true);

        service.recordPreparation(CONFERENCE_ID, "jeugdzorg", preparation, "jeugdzorg.utrecht");

        verify(caseFiles).addContribution(CASE_ID, ConferenceService.KIND_PREPARATION, "jeugdzorg", "jeugdzorg.utrecht", "Jeugdwet", "Bekend");
        verify(caseFiles).addContribution(CASE_ID, ConferenceService.KIND_CURRENT_INVOLVEMENT, "jeugdzorg", "jeugdzorg.utrecht", "Jeugdwet",
                "Ambulante hulp");
        assertThat(row("jeugdzorg").getPreparationStatus()).isEqualTo(PreparationStatus.PREPARED);
        assertThat(row("jeugdzorg").getAttendeeHasMandate()).isTrue();
        assertThatThrownBy(() -> service.markNotPrepared(CONFERENCE_ID, "jeugdzorg", "system")).as("prepared already")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theRecordProposesTheHeaviestPartnerAndTheCaseDirectorIsInvolved() {
        scheduled("gemeente", "politie", "jeugdzorg");
        service.markNotPrepared(CONFERENCE_ID, "politie", "system");
        rows.stream().filter(r -> !r.getPartnerGroup().equals("politie"))
                .forEach(r -> r.prepared(Preparation.of("i", "WGS", null, "b", "n", "f", true), "u", NOW));

        ConferenceService.RecordContext context = service.prepareRecord(CONFERENCE_ID);
        assertThat(context.proposal().partner()).isEqualTo("jeugdzorg");
        assertThat(context.notPreparedNames()).containsExactly("politie");
        assertThat(conference().getProposedCaseDirector()).isEqualTo("jeugdzorg");

        ConferenceRecord record = service.record(CONFERENCE_ID, List.of("gemeente", "jeugdzorg"), List.of("gemeente", "jeugdzorg"),
                "Analyse", null, "Besluiten", "jeugdzorg", "jeugdzorg.utrecht", "procesregie.utrecht");

        assertThat(record.caseDirectorUser()).isEqualTo("jeugdzorg.utrecht");
        verify(involvements).involve(CASE_ID, "jeugdzorg", Involvement.Reason.SELECTED);
        verify(caseFiles).enterPhase(CASE_ID, CasePhase.PLAN);
        assertThat(conference().getStatus()).isEqualTo(ConferenceStatus.HELD);
        assertThat(row("politie").getPresent()).isFalse();
        assertThat(row("jeugdzorg").getPresentWithMandate()).isTrue();
    }

    @Test
    void aRefusedRecordLeavesTheConferenceAsItWas() {
        scheduled("gemeente", "jeugdzorg");

        assertThatThrownBy(() -> service.record(CONFERENCE_ID, List.of("gemeente", "jeugdzorg"), List.of("gemeente", "jeugdzorg"), "Analyse",
                null, "Besluiten", "jeugdzorg", "jeugdzorg.rotterdam-rijnmond", "procesregie.utrecht")).isInstanceOf(InvalidInputException.class);

        verifyNoInteractions(involvements);
        verify(caseFiles, never()).enterPhase(any(), any());
        assertThat(conference().getStatus()).isEqualTo(ConferenceStatus.SCHEDULED);
        assertThat(rows).allSatisfy(row -> assertThat(row.getPresent()).isNull());
    }

    @Test
    void aCallerThatMayNotSeeTheCaseGetsNotFoundAndNothingIsLogged() {
        Caller ggz = new Caller("ggz.utrecht", List.of("ggz"), List.of("utrecht"));
        when(cases.findByCaseNumber("VH-2026-000005")).thenReturn(Optional.of(caseFile));
        when(access.maySee(ggz, caseFile)).thenReturn(false);

        assertThatThrownBy(() -> service.read("VH-2026-000005", ggz)).isInstanceOf(CaseNotFoundException.class);
        verifyNoInteractions(accessLog);
    }

    // ------------------------------------------------------------------ helpers

    private Conference conference;

    private Conference conference() {
        return conference;
    }

    private void proposed(String... groups) {
        conference = withId(new Conference(CASE_ID, "pi", NOW));
        when(conferences.findById(CONFERENCE_ID)).thenReturn(Optional.of(conference));
        for (String group : groups) {
            rows.add(ConferencePartner.proposed(CONFERENCE_ID, new PartnerProposal.Entry(group, Attendance.REQUIRED,
                    group.equals("gemeente") ? List.of(PartnerProposal.ALWAYS) : List.of("Signaal " + group))));
        }
    }

    private void scheduled(String... groups) {
        proposed(groups);
        rows.forEach(ConferencePartner::select);
        conference.participantsChosen("procesregie.utrecht", NOW);
        conference.plan(ConferenceSchedule.plan("12-03-2026", "10:00", "ONLINE", null, NOW), "procesregie.utrecht", NOW);
    }

    private ConferencePartner row(String group) {
        return rows.stream().filter(r -> r.getPartnerGroup().equals(group)).findFirst().orElseThrow();
    }

    private static Conference withId(Conference conference) {
        ReflectionTestUtils.setField(conference, "id", CONFERENCE_ID);
        return conference;
    }
}
