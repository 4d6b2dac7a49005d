package nl.veiligheidshuis.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.veiligheidshuis.planning.ConferencePlanner.Slot;
import nl.veiligheidshuis.planning.ConferencePlanner.WaitingCase;
import org.junit.jupiter.api.Test;

/** The clustering rules of the week's conference slots, without Spring. */
class ConferencePlannerTest {

    static final Instant MONDAY = Instant.parse("2026-11-30T08:00:00Z");

    static WaitingCase waiting(String number, String priority, int dayOffset, String... partners) {
        return new WaitingCase(number, Set.of(partners), priority, MONDAY.plusSeconds(dayOffset * 86_400L));
    }

    final ConferencePlanner planner = new ConferencePlanner(ConferencePlanner.DEFAULT_MAX_CASES_PER_SLOT);

    @Test
    void anEmptyWeekHasNoSlots() {
        assertThat(planner.plan(List.of())).isEmpty();
    }

    @Test
    void casesNeedingTheSamePartnersShareOneSlotAndOthersGetTheirOwn() {
        List<Slot> slots = planner.plan(List.of(
                waiting("VH-2026-000001", "NORMAL", 0, "gemeente", "politie", "om"),
                waiting("VH-2026-000002", "NORMAL", 1, "gemeente", "ggz", "gehandicaptenzorg"),
                waiting("VH-2026-000003", "NORMAL", 2, "gemeente", "politie", "om")));

        assertThat(slots).hasSize(2);
        assertThat(slots.get(0).caseNumbers()).containsExactly("VH-2026-000001", "VH-2026-000003");
        assertThat(slots.get(0).partners()).containsExactly("gemeente", "om", "politie");
        assertThat(slots.get(1).caseNumbers()).containsExactly("VH-2026-000002");
        assertThat(slots.get(1).partners()).containsExactly("gehandicaptenzorg", "gemeente", "ggz");
        assertThat(slots).extracting(Slot::number).containsExactly(1, 2);
    }

    @Test
    void aLargelyOverlappingCaseJoinsTheSlotAndBringsItsExtraPartner() {
        List<Slot> slots = planner.plan(List.of(
                waiting("VH-2026-000001", "NORMAL", 0, "gemeente", "politie", "om"),
                // 3 of 4 partners shared: 0.75
                waiting("VH-2026-000002", "NORMAL", 1, "gemeente", "politie", "om", "reclassering")));

        assertThat(slots).hasSize(1);
        assertThat(slots.get(0).partners()).containsExactly("gemeente", "om", "politie", "reclassering");
    }

    @Test
    void aCaseSharingOnlyTheMunicipalityGetsItsOwnSlot() {
        List<Slot> slots = planner.plan(List.of(
                waiting("VH-2026-000001", "NORMAL", 0, "gemeente", "politie", "om"),
                // 1 of 5 partners shared: 0.2
                waiting("VH-2026-000002", "NORMAL", 1, "gemeente", "jeugdzorg", "rvdk")));

        assertThat(slots).hasSize(2);
    }

    @Test
    void aCaseJoinsTheSlotItOverlapsMostNotTheFirstThatWouldDo() {
        List<Slot> slots = planner.plan(List.of(
                waiting("VH-2026-000001", "URGENT", 0, "gemeente", "politie"),
                // with slot 1: 1/4, so a slot of its own
                waiting("VH-2026-000002", "HIGH", 0, "gemeente", "ggz", "gehandicaptenzorg"),
                // with slot 1: 2/4 = 0.5 (enough); with slot 2: 3/4 = 0.75 (more)
                waiting("VH-2026-000003", "NORMAL", 0, "gemeente", "politie", "ggz", "gehandicaptenzorg")));

        assertThat(slots).extracting(Slot::caseNumbers)
                .containsExactly(List.of("VH-2026-000001"), List.of("VH-2026-000002", "VH-2026-000003"));
    }

    @Test
    void theRequiredOverlapIsASetting() {
        List<WaitingCase> cases = List.of(
                waiting("VH-2026-000001", "URGENT", 0, "gemeente", "politie"),
                // with slot 1: 2/4 = 0.5
                waiting("VH-2026-000002", "HIGH", 0, "gemeente", "ggz", "politie", "reclassering"));

        assertThat(planner.plan(cases)).hasSize(1);
        assertThat(new ConferencePlanner(6, 0.75).plan(cases)).hasSize(2);
    }

    @Test
    void aFullSlotOverflowsIntoANextSlotWithTheSamePartners() {
        List<WaitingCase> cases = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            cases.add(waiting(String.format("VH-2026-%06d", i), "NORMAL", i, "gemeente", "politie"));
        }

        List<Slot> slots = planner.plan(cases);

        assertThat(slots).hasSize(2);
        assertThat(slots.get(0).cases()).hasSize(6);
        assertThat(slots.get(1).caseNumbers()).containsExactly("VH-2026-000007", "VH-2026-000008");
        assertThat(slots.get(1).partners()).containsExactly("gemeente", "politie");
    }

    @Test
    void theSlotSizeIsASetting() {
        List<WaitingCase> cases = List.of(
                waiting("VH-2026-000001", "NORMAL", 0, "gemeente"),
                waiting("VH-2026-000002", "NORMAL", 1, "gemeente"),
                waiting("VH-2026-000003", "NORMAL", 2, "gemeente"));

        assertThat(new ConferencePlanner(2).plan(cases)).extracting(slot -> slot.cases().size()).containsExactly(2, 1);
        assertThat(new ConferencePlanner(1).plan(cases)).hasSize(3);
        assertThatThrownBy(() -> new ConferencePlanner(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConferencePlanner(6, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slotsAreOrderedByTheirMostUrgentCasePriorityFirstThenEarliestDue() {
        List<Slot> slots = planner.plan(List.of(
                waiting("VH-2026-000001", "NORMAL", 0, "gemeente", "woningcorporatie"),
                waiting("VH-2026-000002", null, -5, "gemeente", "leerplicht", "jeugdzorg"),
                waiting("VH-2026-000003", "HIGH", 3, "gemeente", "ggz", "gehandicaptenzorg"),
                waiting("VH-2026-000004", "URGENT", 4, "gemeente", "politie", "om"),
                waiting("VH-2026-000005", "HIGH", 1, "gemeente", "reclassering", "dji")));

        assertThat(slots).extracting(slot -> slot.caseNumbers().get(0))
                .containsExactly("VH-2026-000004", "VH-2026-000005", "VH-2026-000003", "VH-2026-000001", "VH-2026-000002");
        assertThat(slots).extracting(Slot::number).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void withinASlotTheMostUrgentCaseComesFirstAndACaseWithoutDueDateLast() {
        List<Slot> slots = planner.plan(List.of(
                new WaitingCase("VH-2026-000001", Set.of("gemeente", "politie"), "NORMAL", null),
                waiting("VH-2026-000002", "NORMAL", 2, "gemeente", "politie"),
                waiting("VH-2026-000003", "URGENT", 9, "gemeente", "politie"),
                waiting("VH-2026-000004", "NORMAL", 1, "gemeente", "politie")));

        assertThat(slots).hasSize(1);
        assertThat(slots.get(0).caseNumbers()).containsExactly("VH-2026-000003", "VH-2026-000004", "VH-2026-000002", "VH-2026-000001");
    }

    @Test
    void theSameCasesInAnyOrderGiveTheSameSlots() {
        List<WaitingCase> cases = new ArrayList<>();
        String[][] partnerSets = {{"gemeente", "politie", "om"}, {"gemeente", "ggz"}, {"gemeente", "jeugdzorg", "rvdk"},
                {"gemeente", "politie", "reclassering"}, {"gemeente", "ggz", "gehandicaptenzorg"}};
        String[] priorities = {"URGENT", "HIGH", "NORMAL", null};
        for (int i = 1; i <= 20; i++) {
            cases.add(waiting(String.format("VH-2026-%06d", i), priorities[i % 4], i % 3, partnerSets[i % 5]));
        }
        List<Slot> expected = planner.plan(cases);

        for (long seed = 1; seed <= 5; seed++) {
            List<WaitingCase> shuffled = new ArrayList<>(cases);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(planner.plan(shuffled)).isEqualTo(expected);
        }
        assertThat(expected.stream().mapToInt(slot -> slot.cases().size()).sum()).isEqualTo(20);
        assertThat(expected).allSatisfy(slot -> assertThat(slot.cases()).hasSizeLessThanOrEqualTo(6));
    }

    @Test
    void overlapIsSharedPartnersOverAllPartners() {
        assertThat(ConferencePlanner.overlap(Set.of("a", "b"), Set.of("a", "b"))).isEqualTo(1.0);
        assertThat(ConferencePlanner.overlap(Set.of("a", "b"), Set.of("a", "c"))).isEqualTo(1.0 / 3);
        assertThat(ConferencePlanner.overlap(Set.of(), Set.of())).isEqualTo(1.0);
        assertThat(ConferencePlanner.overlap(Set.of("a"), Set.of())).isEqualTo(0.0);
    }
}
