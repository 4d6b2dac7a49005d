package nl.veiligheidshuis.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.casefile.Involvement.Reason;
import nl.veiligheidshuis.casefile.Involvements.InvolvementChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The need-to-know rule of {@link Involvements}: a reason ends with when and why, and a partner loses sight (an
 * {@link InvolvementChanged} that revokes its engine grant) only when no reason is left. The repository is an
 * in-memory list.
 */
class InvolvementsTest {

    static final Long CASE = 7L;
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final List<Involvement> rows = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();
    private Involvements involvements;

    @BeforeEach
    void inMemory() {
        InvolvementRepository repository = mock(InvolvementRepository.class);
        when(repository.findByCaseIdAndEndedAtIsNull(any())).thenAnswer(call -> rows.stream()
                .filter(i -> i.getCaseId().equals(call.getArgument(0)) && i.isActive()).toList());
        when(repository.save(any())).thenAnswer(call -> {
            rows.add(call.getArgument(0));
            return call.getArgument(0);
        });
        involvements = new Involvements(repository, events::add, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aNewSelectionEndsTheEarlierSelectionOfPartnersNotChosenAgainAndOnlyThoseWithoutOtherReasonLoseSight() {
        involvements.involve(CASE, "politie", Reason.REFERRER);
        involvements.involve(CASE, "politie", Reason.SELECTED);
        involvements.involve(CASE, "om", Reason.SELECTED);
        involvements.involve(CASE, "om", Reason.AGREEMENT);
        involvements.involve(CASE, "leerplicht", Reason.SELECTED);
        involvements.involve(CASE, "gemeente", Reason.SELECTED);
        events.clear();

        List<String> ended = involvements.replaceSelection(CASE, List.of("gemeente", "jeugdzorg"),
                partner -> Map.of("leerplicht", "vervallen: startkwalificatie behaald").getOrDefault(partner, "niet meer gekozen"));

        assertThat(ended).containsExactly("politie", "om", "leerplicht");
        assertThat(events).as("only the partner without another reason loses sight; the new one gains it")
                .containsExactly(new InvolvementChanged(CASE, "leerplicht", false), new InvolvementChanged(CASE, "jeugdzorg", true));
        assertThat(involvements.activeReasons(CASE, "politie")).containsExactly(Reason.REFERRER.name());
        assertThat(involvements.activeReasons(CASE, "om")).containsExactly(Reason.AGREEMENT.name());
        assertThat(involvements.isInvolved(CASE, "leerplicht")).isFalse();
        assertThat(involvements.activeReasons(CASE, "gemeente")).containsExactly(Reason.SELECTED.name());
        Involvement leerplicht = row("leerplicht", Reason.SELECTED);
        assertThat(leerplicht.getEndedAt()).isEqualTo(NOW);
        assertThat(leerplicht.getEndReason()).isEqualTo("vervallen: startkwalificatie behaald");
        assertThat(row("politie", Reason.SELECTED).getEndReason()).isEqualTo("niet meer gekozen");
        assertThat(rows).filteredOn(i -> i.getPartnerGroup().equals("gemeente")).as("kept, not duplicated").hasSize(1);
    }

    @Test
    void endingAReasonThePartnerDoesNotHoldChangesNothing() {
        involvements.involve(CASE, "ggz", Reason.AGREEMENT);
        events.clear();

        involvements.end(CASE, "ggz", Reason.ESCALATION, "opschaling afgerond");
        involvements.end(CASE, "uwv", Reason.SELECTED, "niet meer gekozen");

        assertThat(events).isEmpty();
        assertThat(row("ggz", Reason.AGREEMENT).isActive()).isTrue();
    }

    @Test
    void atClosureEveryReasonEndsWithItsWhyAndEveryPartnerLosesSightOnce() {
        involvements.involve(CASE, "politie", Reason.REFERRER);
        involvements.involve(CASE, "politie", Reason.ESCALATION);
        involvements.involve(CASE, "jeugdzorg", Reason.SELECTED);
        events.clear();

        involvements.endAll(CASE, "casus afgesloten (WITHDRAWN)");

        assertThat(rows).allSatisfy(i -> {
            assertThat(i.getEndedAt()).isEqualTo(NOW);
            assertThat(i.getEndReason()).isEqualTo("casus afgesloten (WITHDRAWN)");
        });
        assertThat(events).containsExactly(new InvolvementChanged(CASE, "politie", false), new InvolvementChanged(CASE, "jeugdzorg", false));
    }

    @Test
    void aLongWhyIsShortenedToTheColumnAndTheFirstEndStands() {
        Involvement involvement = new Involvement(CASE, "om", Reason.SELECTED, NOW);

        involvement.end(NOW, "x".repeat(500));
        involvement.end(NOW.plusSeconds(60), "later");

        assertThat(involvement.getEndReason()).hasSize(Involvement.MAX_END_REASON).endsWith("…");
        assertThat(involvement.getEndedAt()).isEqualTo(NOW);
    }

    private Involvement row(String partner, Reason reason) {
        return rows.stream().filter(i -> i.getPartnerGroup().equals(partner) && i.getReason().equals(reason.name())).findFirst()
                .orElseThrow();
    }
}
