package nl.veiligheidshuis.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.veiligheidshuis.funding.FundingSplit.Location;
import org.junit.jupiter.api.Test;

class FundingSplitTest {

    static final List<String> REGIONS = IntStream.rangeClosed(1, 25).mapToObj(i -> String.format("r%02d", i)).toList();

    static long sum(Map<String, Long> amounts) {
        return amounts.values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void theNationalContributionSplitsEquallyOverTheTwentyFiveRegions() {
        Map<String, Long> amounts = FundingSplit.equal(770_000_000L, REGIONS);

        assertThat(amounts).hasSize(25).containsKeys(REGIONS.toArray(String[]::new));
        assertThat(amounts.values()).containsOnly(30_800_000L);
        assertThat(sum(amounts)).isEqualTo(770_000_000L);
    }

    @Test
    void theOddCentsOfAnEqualSplitGoToTheFirstRegionsAndThePartsAddUpExactly() {
        Map<String, Long> amounts = FundingSplit.equal(770_000_013L, REGIONS);

        assertThat(sum(amounts)).isEqualTo(770_000_013L);
        assertThat(amounts.values().stream().filter(amount -> amount == 30_800_001L)).hasSize(13);
        assertThat(amounts.values().stream().filter(amount -> amount == 30_800_000L)).hasSize(12);
        assertThat(amounts.get("r01")).isEqualTo(30_800_001L);
        assertThat(amounts.get("r25")).isEqualTo(30_800_000L);
    }

    @Test
    void weightsSplitByTheLargestRemainder() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("a", 1);
        weights.put("b", 1);
        weights.put("c", 1);
        // 100 / 3 = 33.33 each: one cent left, to the first of the equal remainders
        assertThat(FundingSplit.byWeights(100, weights)).containsExactly(Map.entry("a", 34L), Map.entry("b", 33L), Map.entry("c", 33L));

        weights.put("a", 2);
        weights.put("b", 3);
        weights.put("c", 5);
        // 101 × 2/10 = 20.2, × 3/10 = 30.3, × 5/10 = 50.5: the cent goes to c, the largest remainder
        assertThat(FundingSplit.byWeights(101, weights)).containsExactly(Map.entry("a", 20L), Map.entry("b", 30L), Map.entry("c", 51L));

        weights.put("a", 1);
        weights.put("b", 1);
        weights.put("c", 4);
        // 7 × 1/6 = 1.17, 1.17, 4.67: whole 1 + 1 + 4 = 6, the cent to c (remainder 4 of 6)
        assertThat(FundingSplit.byWeights(7, weights)).containsExactly(Map.entry("a", 1L), Map.entry("b", 1L), Map.entry("c", 5L));
    }

    @Test
    void anyTotalAndAnyWeightsAddUpToTheTotalExactly() {
        for (long total : new long[] {1, 24, 25, 26, 999_999_999L, 770_000_000L, FundingSplit.MAX_TOTAL_CENTS}) {
            Map<String, Integer> weights = new LinkedHashMap<>();
            for (int i = 0; i < REGIONS.size(); i++) {
                weights.put(REGIONS.get(i), 1 + (i * 37) % FundingSplit.MAX_WEIGHT);
            }
            Map<String, Long> amounts = FundingSplit.byWeights(total, weights);
            assertThat(sum(amounts)).as("total %d", total).isEqualTo(total);
            assertThat(amounts.values()).allSatisfy(amount -> assertThat(amount).isNotNegative());
        }
    }

    @Test
    void aWrongTotalOrWeightIsRefused() {
        assertThatThrownBy(() -> FundingSplit.equal(0, REGIONS)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("groter dan 0");
        assertThatThrownBy(() -> FundingSplit.equal(FundingSplit.MAX_TOTAL_CENTS + 1, REGIONS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FundingSplit.equal(100, List.of())).hasMessageContaining("Geen regio's");
        assertThatThrownBy(() -> FundingSplit.byWeights(100, Map.of("a", 0))).hasMessageContaining("Gewicht van 'a'");
        assertThatThrownBy(() -> FundingSplit.byWeights(100, Map.of("a", 1001))).hasMessageContaining("tussen 1 en 1000");
    }

    @Test
    void aLocationSplitThatAddsUpExactlyIsValid() {
        assertThat(FundingSplit.checkLocations(30_800_000L, List.of(new Location("Veiligheidshuis Utrecht", 20_000_000L),
                new Location("Veiligheidshuis Amersfoort", 10_800_000L)))).isEmpty();
        assertThat(FundingSplit.checkLocations(0, List.of(new Location("Eén locatie", 0)))).isEmpty();
    }

    @Test
    void aLocationSplitThatBreaksTheRulesGetsOneMessagePerRule() {
        assertThat(FundingSplit.checkLocations(100, List.of())).containsExactly("Geef ten minste één locatie");
        assertThat(FundingSplit.checkLocations(100, null)).containsExactly("Geef ten minste één locatie");
        assertThat(FundingSplit.checkLocations(100, List.of(new Location("A", 60), new Location("B", 39))))
                .containsExactly("De locaties samen (€ 0,99) moeten precies het regiobedrag (€ 1,00) zijn");
        assertThat(FundingSplit.checkLocations(100, List.of(new Location(" ", 50), new Location("Utrecht", 50), new Location("utrecht ", 0),
                new Location("x".repeat(101), 0), new Location("Negatief", -1))))
                .containsExactly("Locatie 1: geef een naam", "Locatie 3: de naam 'utrecht' komt twee keer voor",
                        "Locatie 4: de naam is langer dan 100 tekens", "Locatie 5: het bedrag mag niet negatief zijn");
        List<Location> eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> new Location("L" + i, i == 1 ? 100 : 0)).toList();
        assertThat(FundingSplit.checkLocations(100, eleven)).containsExactly("Ten hoogste 10 locaties (nu 11)");
        assertThat(FundingSplit.checkLocations(100, List.of(new Location("y".repeat(100), 100)))).isEmpty();
    }

    @Test
    void euroAmountsAreReadAndWrittenInWholeCents() {
        assertThat(Euros.parse("7.700.000,00")).isEqualTo(770_000_000L);
        assertThat(Euros.parse("€ 154000,50")).isEqualTo(15_400_050L);
        assertThat(Euros.parse(" 12 ")).isEqualTo(1200L);
        assertThat(Euros.format(770_000_000L)).isEqualTo("€ 7.700.000,00");
        assertThat(Euros.format(5)).isEqualTo("€ 0,05");
        assertThat(Euros.plain(15_400_050L)).isEqualTo("154.000,50");
        for (String wrong : new String[] {"", "abc", "12.5", "1.00,00", "12,5", "-3,00", "1.2345,00"}) {
            assertThatThrownBy(() -> Euros.parse(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("geen bedrag in euro");
        }
    }

    @Test
    void weightsAndLocationsAreReadFromTheFormsText() {
        assertThat(FundingInput.weights("", REGIONS)).isEmpty();
        assertThat(FundingInput.weights("r02 = 3\nr01=2, r03 = 1", REGIONS)).containsExactly(Map.entry("r01", 2), Map.entry("r02", 3),
                Map.entry("r03", 1));
        assertThatThrownBy(() -> FundingInput.weights("atlantis = 2", REGIONS)).hasMessageContaining("onbekende regio 'atlantis'");
        assertThatThrownBy(() -> FundingInput.weights("r01 = 2\nr01 = 3", REGIONS)).hasMessageContaining("twee keer");
        assertThatThrownBy(() -> FundingInput.weights("r01 = twee", REGIONS)).hasMessageContaining("een heel getal van 1 tot en met 1000");
        assertThatThrownBy(() -> FundingInput.weights("r01", REGIONS)).hasMessageContaining("regio = gewicht");
        assertThat(FundingInput.complete(Map.of("r02", 5), List.of("r01", "r02"))).containsExactly(Map.entry("r01", 1), Map.entry("r02", 5));
        assertThat(FundingInput.weightsText(Map.of("r02", 5, "r01", 2))).isEqualTo("r01=2, r02=5");

        assertThat(FundingInput.locations("Veiligheidshuis Utrecht = 200.000,00\n\nAmersfoort=108000")).containsExactly(
                new Location("Veiligheidshuis Utrecht", 20_000_000L), new Location("Amersfoort", 10_800_000L));
        assertThat(FundingInput.locations(null)).isEmpty();
        assertThatThrownBy(() -> FundingInput.locations("Utrecht 200.000,00")).hasMessageContaining("naam van de locatie = bedrag");
        assertThatThrownBy(() -> FundingInput.locations("Utrecht = veel")).hasMessageContaining("geen bedrag in euro");
    }
}
