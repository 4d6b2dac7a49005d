package nl.veiligheidshuis.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.casefile.NotPermittedException;
import nl.veiligheidshuis.organisation.PartnerGroup;
import nl.veiligheidshuis.organisation.PartnerGroupRepository;
import nl.veiligheidshuis.organisation.Ring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of a regional agenda: 1 to 10 priorities, distinct themes from the fixed list, a description of at most
 * 500 characters, a target group, a known chain partner as lead; a reason to send a draft back; one adopted agenda per
 * region and period; readable by every user of the region only.
 */
class RegionalAgendasTest {

    static final Instant NOW = Instant.parse("2027-01-11T09:00:00Z");
    static final Set<String> PARTNERS = Set.of("gemeente", "politie", "om", "ggz");

    RegionalAgendaRepository agendas = mock(RegionalAgendaRepository.class);
    AgendaPriorityRepository priorities = mock(AgendaPriorityRepository.class);
    PartnerGroupRepository partnerGroups = mock(PartnerGroupRepository.class);
    RegionalAgendas service;

    @BeforeEach
    void setUp() {
        service = new RegionalAgendas(agendas, priorities, partnerGroups, Clock.fixed(NOW, ZoneOffset.UTC));
        List<PartnerGroup> groups = new ArrayList<>();
        groups.add(group("gemeente", "Gemeente", Ring.KEY_PARTNER));
        groups.add(group("politie", "Politie", Ring.KEY_PARTNER));
        groups.add(group("woningcorporatie", "Woningcorporatie", Ring.FLEXIBLE_SHELL));
        groups.add(group("stuurgroep", "Regionale stuurgroep", Ring.GOVERNANCE));
        groups.add(group("procesregie", "Procesregie Veiligheidshuis", Ring.CORE_STAFF));
        when(partnerGroups.findAll()).thenReturn(groups);
    }

    static PartnerGroup group(String id, String name, Ring ring) {
        PartnerGroup group = mock(PartnerGroup.class);
        when(group.getId()).thenReturn(id);
        when(group.getName()).thenReturn(name);
        when(group.getRing()).thenReturn(ring);
        when(group.isChainPartner()).thenReturn(ring == Ring.KEY_PARTNER || ring == Ring.FLEXIBLE_SHELL);
        return group;
    }

    static RegionalAgendas.PriorityInput priority(String theme) {
        return new RegionalAgendas.PriorityInput(theme, "Eén gezin, één plan bij herhaald geweld", "Gezinnen met herhaald geweld", "gemeente");
    }

    static RegionalAgenda agenda(long id, String region, String period, int version, AgendaStatus status) throws ReflectiveOperationException {
        RegionalAgenda agenda = new RegionalAgenda(region, AgendaPeriod.parse(period), version, "pi-" + id, NOW.minusSeconds(3600));
        set(agenda, "id", id);
        if (status == AgendaStatus.ADOPTED) {
            agenda.adopt("stuurgroep.utrecht", NOW.minusSeconds(86_400));
        } else if (status == AgendaStatus.SUPERSEDED) {
            agenda.supersede(NOW.minusSeconds(86_400));
        }
        return agenda;
    }

    static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    // ------------------------------------------------------------------ the rules of the priorities

    @Test
    void oneToTenPrioritiesWithDistinctThemesAndKnownLeadPartnersAreValid() {
        assertThat(RegionalAgendas.check(List.of(priority("DOMESTIC_VIOLENCE")), PARTNERS)).isEmpty();
        List<RegionalAgendas.PriorityInput> eight = new ArrayList<>();
        for (AgendaTheme theme : AgendaTheme.values()) {
            eight.add(priority(theme.name()));
        }
        assertThat(RegionalAgendas.check(eight, PARTNERS)).isEmpty();
    }

    @Test
    void anAgendaWithoutPrioritiesOrWithMoreThanTenIsRefused() {
        assertThat(fields(RegionalAgendas.check(List.of(), PARTNERS))).containsExactly("priorityTheme1");
        assertThat(fields(RegionalAgendas.check(null, PARTNERS))).containsExactly("priorityTheme1");
        List<RegionalAgendas.PriorityInput> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(priority(AgendaTheme.values()[i % AgendaTheme.values().length].name()));
        }
        assertThat(fields(RegionalAgendas.check(eleven, PARTNERS))).contains("priorities");
    }

    @Test
    void aThemeTwiceAnUnknownThemeAndAnUnknownLeadPartnerAreNamedPerRow() {
        List<FieldError> errors = RegionalAgendas.check(List.of(priority("DOMESTIC_VIOLENCE"), priority("DOMESTIC_VIOLENCE"),
                priority("FOOTBALL"), new RegionalAgendas.PriorityInput("RADICALISATION", "Vroeg signaleren", "Jongeren", "stuurgroep")),
                PARTNERS);

        assertThat(fields(errors)).containsExactly("priorityTheme2", "priorityTheme3", "priorityLeadPartner4");
        assertThat(errors.get(0).message()).startsWith("Prioriteit 2: ").contains("staat al hoger op de agenda");
    }

    @Test
    void descriptionAndTargetGroupAreRequiredAndLimited() {
        List<FieldError> missing = RegionalAgendas.check(List.of(new RegionalAgendas.PriorityInput("AREA_NUISANCE", " ", null, "politie")),
                PARTNERS);
        assertThat(fields(missing)).containsExactly("priorityDescription1", "priorityTargetGroup1");

        List<FieldError> tooLong = RegionalAgendas.check(List.of(new RegionalAgendas.PriorityInput("AREA_NUISANCE", "x".repeat(501),
                "y".repeat(201), "politie")), PARTNERS);
        assertThat(fields(tooLong)).containsExactly("priorityDescription1", "priorityTargetGroup1");
        assertThat(RegionalAgendas.check(List.of(new RegionalAgendas.PriorityInput("AREA_NUISANCE", "x".repeat(500), "y".repeat(200),
                "politie")), PARTNERS)).isEmpty();
    }

    @Test
    void onlyChainPartnersMayLeadAPriority() throws ReflectiveOperationException {
        assertThat(service.knownPartners()).containsExactlyInAnyOrder("gemeente", "politie", "woningcorporatie");
    }

    @Test
    void aSendBackNeedsAReason() {
        assertThat(fields(RegionalAgendas.checkReason(null))).containsExactly("agendaSentBackReason");
        assertThat(fields(RegionalAgendas.checkReason("   "))).containsExactly("agendaSentBackReason");
        assertThat(fields(RegionalAgendas.checkReason("z".repeat(1001)))).containsExactly("agendaSentBackReason");
        assertThat(RegionalAgendas.checkReason("Ondermijning ontbreekt")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "27", "2027-", "2027-2027", "2030-2027", "2027-2031", "1999", "banaan", "2027/2028"})
    void aWrongPeriodIsRefusedWithAMessage(String period) {
        assertThatThrownBy(() -> AgendaPeriod.parse(period)).isInstanceOf(InvalidInputException.class).hasMessageContaining("period: ");
    }

    @Test
    void aPeriodIsAYearOrARangeOfAtMostFourYears() {
        assertThat(AgendaPeriod.parse("2027")).hasToString("2027");
        assertThat(AgendaPeriod.parse(" 2027-2030 ")).hasToString("2027-2030");
        assertThatThrownBy(() -> AgendaPeriod.parse(null)).isInstanceOf(InvalidInputException.class);
    }

    // ------------------------------------------------------------------ the service

    @Test
    void aDraftThatBreaksARuleIsNotStored() {
        assertThatThrownBy(() -> service.recordDraft(7L, List.of(priority("DOMESTIC_VIOLENCE"), priority("DOMESTIC_VIOLENCE")), "vh-manager.utrecht"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("priorityTheme2");
        verify(priorities, never()).deleteByAgenda(anyLong());
        verify(priorities, never()).save(any());
    }

    @Test
    void aValidDraftReplacesTheEarlierPrioritiesRankedInOrderAndGivesASummary() throws ReflectiveOperationException {
        RegionalAgenda draft = agenda(7L, "utrecht", "2027", 1, AgendaStatus.DRAFT);
        when(agendas.findById(7L)).thenReturn(Optional.of(draft));
        List<AgendaPriority> saved = new ArrayList<>();
        when(priorities.save(any())).thenAnswer(call -> {
            saved.add(call.getArgument(0));
            return call.getArgument(0);
        });

        RegionalAgendas.Recorded recorded = service.recordDraft(7L, List.of(priority("SUBVERSIVE_CRIME"), priority("DOMESTIC_VIOLENCE")),
                "vh-manager.utrecht");

        verify(priorities).deleteByAgenda(7L);
        assertThat(saved).extracting(AgendaPriority::getRank, AgendaPriority::getTheme)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, AgendaTheme.SUBVERSIVE_CRIME),
                        org.assertj.core.groups.Tuple.tuple(2, AgendaTheme.DOMESTIC_VIOLENCE));
        assertThat(recorded.priorityCount()).isEqualTo(2);
        assertThat(recorded.summary()).startsWith("Periode 2027, versie 1: 2 prioriteiten.").contains("1. **Ondermijning**, trekker: Gemeente")
                .contains("2. **Huiselijk geweld en kindermishandeling**");
        assertThat(draft.getDraftedBy()).isEqualTo("vh-manager.utrecht");
        assertThat(draft.getDraftedAt()).isEqualTo(NOW);
    }

    @Test
    void aLongAgendaKeepsItsSummaryWithinAProcessVariable() {
        List<RegionalAgendas.PriorityInput> full = new ArrayList<>();
        for (AgendaTheme theme : AgendaTheme.values()) {
            full.add(new RegionalAgendas.PriorityInput(theme.name(), "d".repeat(500), "t".repeat(200), "gemeente"));
        }
        assertThat(service.summary("2027-2030", 3, full)).hasSizeLessThanOrEqualTo(RegionalAgendas.SUMMARY_MAX).contains("…");
    }

    @Test
    void sendingBackKeepsTheReasonWithTheDraftAndNeedsOne() throws ReflectiveOperationException {
        RegionalAgenda draft = agenda(7L, "utrecht", "2027", 1, AgendaStatus.DRAFT);
        when(agendas.findById(7L)).thenReturn(Optional.of(draft));

        assertThatThrownBy(() -> service.sendBack(7L, "", "stuurgroep.utrecht")).isInstanceOf(InvalidInputException.class);
        service.sendBack(7L, " Ondermijning ontbreekt ", "stuurgroep.utrecht");

        assertThat(draft.getSentBackReason()).isEqualTo("Ondermijning ontbreekt");
        assertThat(draft.getStatus()).isEqualTo(AgendaStatus.DRAFT);
    }

    @Test
    void adoptingANewVersionSupersedesTheAgendaAdoptedBeforeForThatPeriod() throws ReflectiveOperationException {
        RegionalAgenda old = agenda(6L, "utrecht", "2027", 1, AgendaStatus.ADOPTED);
        RegionalAgenda draft = agenda(7L, "utrecht", "2027", 2, AgendaStatus.DRAFT);
        when(agendas.findById(7L)).thenReturn(Optional.of(draft));
        when(priorities.findByAgendaIdOrderByRank(7L)).thenReturn(List.of(new AgendaPriority(7L, 1, AgendaTheme.YOUTH_GROUPS, "d", "t", "politie")));
        when(agendas.findByRegionIdAndPeriodAndStatus("utrecht", "2027", AgendaStatus.ADOPTED)).thenReturn(List.of(old));

        service.adopt(7L, "stuurgroep.utrecht");

        assertThat(old.getStatus()).isEqualTo(AgendaStatus.SUPERSEDED);
        assertThat(draft.getStatus()).isEqualTo(AgendaStatus.ADOPTED);
        assertThat(draft.getAdoptedBy()).isEqualTo("stuurgroep.utrecht");
        assertThat(draft.getAdoptedAt()).isEqualTo(NOW);
    }

    @Test
    void onlyADraftWithPrioritiesCanBeAdopted() throws ReflectiveOperationException {
        when(agendas.findById(7L)).thenReturn(Optional.of(agenda(7L, "utrecht", "2027", 1, AgendaStatus.DRAFT)));
        when(agendas.findById(6L)).thenReturn(Optional.of(agenda(6L, "utrecht", "2027", 1, AgendaStatus.ADOPTED)));

        assertThatThrownBy(() -> service.adopt(7L, "stuurgroep.utrecht")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> service.adopt(6L, "stuurgroep.utrecht")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNewDraftVersionFollowsTheLastAndIsPrefilledFromTheAdoptedAgenda() throws ReflectiveOperationException {
        RegionalAgenda adopted = agenda(6L, "utrecht", "2027", 1, AgendaStatus.ADOPTED);
        when(agendas.findById(6L)).thenReturn(Optional.of(adopted));
        when(agendas.lastVersion("utrecht", "2027")).thenReturn(1);
        when(agendas.findByRegionIdAndPeriodAndStatus("utrecht", "2027", AgendaStatus.ADOPTED)).thenReturn(List.of(adopted));
        when(priorities.findByAgendaIdOrderByRank(6L)).thenReturn(List.of(new AgendaPriority(6L, 1, AgendaTheme.YOUTH_GROUPS, "d", "t", "politie")));
        when(agendas.saveAndFlush(any())).thenAnswer(call -> {
            RegionalAgenda saved = call.getArgument(0);
            set(saved, "id", 8L);
            return saved;
        });

        RegionalAgendas.Draft draft = service.prepareDraft("utrecht", AgendaPeriod.parse("2027"), 6L, "pi-6");

        assertThat(draft.agendaId()).isEqualTo(8L);
        assertThat(draft.version()).isEqualTo(2);
        assertThat(draft.prefill()).containsExactly(new RegionalAgendas.PriorityInput("YOUTH_GROUPS", "d", "t", "politie"));
    }

    @Test
    void aDraftSentBackKeepsItsVersionAndItsOwnPriorities() throws ReflectiveOperationException {
        when(agendas.findById(7L)).thenReturn(Optional.of(agenda(7L, "utrecht", "2027", 2, AgendaStatus.DRAFT)));
        when(priorities.findByAgendaIdOrderByRank(7L)).thenReturn(List.of(new AgendaPriority(7L, 1, AgendaTheme.RADICALISATION, "d", "t", "gemeente")));

        RegionalAgendas.Draft draft = service.prepareDraft("utrecht", AgendaPeriod.parse("2027"), 7L, "pi-7");

        assertThat(draft.agendaId()).isEqualTo(7L);
        assertThat(draft.version()).isEqualTo(2);
        assertThat(draft.prefill()).extracting(RegionalAgendas.PriorityInput::theme).containsExactly("RADICALISATION");
        verify(agendas, never()).saveAndFlush(any());
    }

    @Test
    void theAdoptedAgendaIsReadByUsersOfTheRegionOnly() throws ReflectiveOperationException {
        RegionalAgenda adopted = agenda(6L, "utrecht", "2027", 1, AgendaStatus.ADOPTED);
        when(agendas.findFirstByRegionIdAndStatusOrderByAdoptedAtDesc("utrecht", AgendaStatus.ADOPTED)).thenReturn(Optional.of(adopted));
        when(priorities.findByAgendaIdOrderByRank(6L)).thenReturn(List.of(new AgendaPriority(6L, 1, AgendaTheme.YOUTH_GROUPS, "d", "t", "politie")));
        Caller police = new Caller("politie.utrecht", List.of("politie"), List.of("utrecht"));
        Caller rotterdam = new Caller("politie.rotterdam-rijnmond", List.of("politie"), List.of("rotterdam-rijnmond"));

        RegionalAgendas.AgendaView view = service.readAdopted("utrecht", null, police);

        assertThat(view.status()).isEqualTo(AgendaStatus.ADOPTED);
        assertThat(view.priorities()).extracting(RegionalAgendas.PriorityView::leadPartnerName).containsExactly("Politie");
        assertThatThrownBy(() -> service.readAdopted("utrecht", null, rotterdam)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.readAdopted("utrecht", AgendaPeriod.parse("2028"), police)).isInstanceOf(AgendaNotFoundException.class);
    }

    @Test
    void theFormIsReadUpToTheFirstRowWithoutATheme() {
        Map<String, Object> variables = new java.util.HashMap<>(AgendaForm.variablesOf(List.of(priority("DOMESTIC_VIOLENCE"),
                priority("YOUTH_GROUPS"), priority("RADICALISATION"))));
        variables.put(RegionalAgendaProcess.priorityTheme(2), null);

        assertThat(AgendaForm.parse(variables)).extracting(RegionalAgendas.PriorityInput::theme).containsExactly("DOMESTIC_VIOLENCE");
        assertThat(AgendaForm.variablesOf(List.of())).containsKeys(RegionalAgendaProcess.slotVariables().toArray(String[]::new));
    }
}
