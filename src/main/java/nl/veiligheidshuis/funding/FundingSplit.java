package nl.veiligheidshuis.funding;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of the yearly national contribution (framework §5.8), in whole euro cents: the national total split
 * over the regions by integer weights (equal when none are given) with the largest-remainder method, so the parts add
 * up to the total exactly; and the rules for a region's split over its locations. Pure Java, no engine, no database.
 */
public final class FundingSplit {

    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 1000;
    public static final int MAX_LOCATIONS = 10;
    public static final int MAX_LOCATION_NAME = 100;
    /** €10 billion: far above any contribution, low enough that total × weight never overflows. */
    public static final long MAX_TOTAL_CENTS = 1_000_000_000_000L;

    /** One location's part of a region's share. */
    public record Location(String name, long amountCents) {
    }

    private FundingSplit() {
    }

    /** Equal split over the regions, in the given order (the first regions get the odd cents). */
    public static Map<String, Long> equal(long totalCents, List<String> regions) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        regions.forEach(region -> weights.put(region, 1));
        return byWeights(totalCents, weights);
    }

    /**
     * Splits the total by weight with the largest-remainder method: every region gets the whole cents of its exact
     * part, the cents left over go one each to the largest remainders; equal remainders in the map's order.
     *
     * @param weights region → weight ({@value #MIN_WEIGHT}..{@value #MAX_WEIGHT}), in a stable order
     * @return region → amount in cents, in the same order, adding up to {@code totalCents}
     */
    public static Map<String, Long> byWeights(long totalCents, Map<String, Integer> weights) {
        if (totalCents <= 0 || totalCents > MAX_TOTAL_CENTS) {
            throw new IllegalArgumentException("Het totaalbedrag moet groter dan 0 en ten hoogste " + MAX_TOTAL_CENTS + " cent zijn");
        }
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("Geen regio's om over te verdelen");
        }
        long weightSum = 0;
        for (Map.Entry<String, Integer> weight : weights.entrySet()) {
            if (weight.getValue() == null || weight.getValue() < MIN_WEIGHT || weight.getValue() > MAX_WEIGHT) {
                throw new IllegalArgumentException("Gewicht van '" + weight.getKey() + "' moet tussen " + MIN_WEIGHT + " en " + MAX_WEIGHT
                        + " liggen");
            }
            weightSum += weight.getValue();
        }
        BigInteger total = BigInteger.valueOf(totalCents);
        BigInteger sum = BigInteger.valueOf(weightSum);
        Map<String, Long> amounts = new LinkedHashMap<>();
        List<Map.Entry<String, Long>> remainders = new ArrayList<>();
        long assigned = 0;
        for (Map.Entry<String, Integer> weight : weights.entrySet()) {
            BigInteger[] division = total.multiply(BigInteger.valueOf(weight.getValue())).divideAndRemainder(sum);
            long whole = division[0].longValueExact();
            amounts.put(weight.getKey(), whole);
            remainders.add(Map.entry(weight.getKey(), division[1].longValueExact()));
            assigned += whole;
        }
        long left = totalCents - assigned;
        // a stable sort keeps the map's order among equal remainders
        remainders.sort(Comparator.comparing((Map.Entry<String, Long> entry) -> entry.getValue()).reversed());
        for (int i = 0; i < left; i++) {
            amounts.merge(remainders.get(i).getKey(), 1L, Long::sum);
        }
        return amounts;
    }

    /**
     * The rules for a region's split over its locations: 1 to {@value #MAX_LOCATIONS} locations, each with a name (at
     * most {@value #MAX_LOCATION_NAME} characters, unique regardless of case) and an amount of at least 0, together
     * exactly the region's share.
     *
     * @return one Dutch message per broken rule; empty when the split is valid
     */
    public static List<String> checkLocations(long shareCents, List<Location> locations) {
        List<String> problems = new ArrayList<>();
        if (locations == null || locations.isEmpty()) {
            problems.add("Geef ten minste één locatie");
            return problems;
        }
        if (locations.size() > MAX_LOCATIONS) {
            problems.add("Ten hoogste " + MAX_LOCATIONS + " locaties (nu " + locations.size() + ")");
        }
        Set<String> names = new HashSet<>();
        long sum = 0;
        for (int i = 0; i < locations.size(); i++) {
            Location location = locations.get(i);
            String name = location.name() == null ? "" : location.name().strip();
            String which = "Locatie " + (i + 1);
            if (name.isEmpty()) {
                problems.add(which + ": geef een naam");
            } else if (name.length() > MAX_LOCATION_NAME) {
                problems.add(which + ": de naam is langer dan " + MAX_LOCATION_NAME + " tekens");
            } else if (!names.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(which + ": de naam '" + name + "' komt twee keer voor");
            }
            if (location.amountCents() < 0) {
                problems.add(which + ": het bedrag mag niet negatief zijn");
            }
            sum += location.amountCents();
        }
        if (problems.isEmpty() && sum != shareCents) {
            problems.add("De locaties samen (" + Euros.format(sum) + ") moeten precies het regiobedrag (" + Euros.format(shareCents)
                    + ") zijn");
        }
        return problems;
    }
}
