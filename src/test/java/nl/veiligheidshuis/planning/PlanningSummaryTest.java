package nl.veiligheidshuis.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veiligheidshuis.planning.ConferencePlanner.Slot;
import nl.veiligheidshuis.planning.ConferencePlanner.WaitingCase;
import org.junit.jupiter.api.Test;

class PlanningSummaryTest {

    static final PlanningWeek WEEK = PlanningWeek.parse("2026-W49");
    static final Map<String, String> NAMES = Map.of("gemeente", "Gemeente", "politie", "Politie");

    @Test
    void showsEachSlotWithPartnerNamesAndCaseNumbersOnly() {
        List<Slot> slots = new ConferencePlanner(6).plan(List.of(
                new WaitingCase("VH-2026-000001", Set.of("gemeente", "politie"), "URGENT", null),
                new WaitingCase("VH-2026-000002", Set.of("gemeente", "politie"), null, null)));

        String summary = PlanningSummary.of(WEEK, slots, NAMES, 6, 3800);

        assertThat(summary).startsWith("Week 2026-W49: 1 casusoverleg, 2 casussen (ten hoogste 6 per overleg).")
                .contains("**Overleg 1**: Gemeente, Politie\n- VH-2026-000001 (urgent)\n- VH-2026-000002 (geen prioriteit)");
    }

    @Test
    void anEmptyWeekSaysSo() {
        assertThat(PlanningSummary.of(WEEK, List.of(), NAMES, 6, 3800)).isEqualTo("Week 2026-W49: geen casussen wachten op een casusoverleg.");
    }

    @Test
    void aLongPlanningIsCutOffBelowTheVariableLimit() {
        List<WaitingCase> cases = new ArrayList<>();
        for (int i = 1; i <= 400; i++) {
            cases.add(new WaitingCase(String.format("VH-2026-%06d", i), Set.of("gemeente", "politie"), "NORMAL", null));
        }
        String summary = PlanningSummary.of(WEEK, new ConferencePlanner(6).plan(cases), NAMES, 6, 3800);

        assertThat(summary.length()).isLessThanOrEqualTo(3800 + 120);
        assertThat(summary).endsWith("de volledige planning staat in de applicatie (weekplanning casusoverleg).\n");
    }
}
