package nl.veiligheidshuis.funding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text that people type in the forms, read into values: weights ({@code utrecht = 2}, one per line or separated by
 * commas) and a region's locations ({@code Veiligheidshuis Utrecht = 154.000,00}, one per line). Pure Java.
 */
public final class FundingInput {

    /** Something that is not what the form asks for; the message says what is wrong, in Dutch. */
    public static final class WrongInput extends RuntimeException {
        WrongInput(String message) {
            super(message);
        }
    }

    private FundingInput() {
    }

    /**
     * @param text  weights per region; empty or blank = equal split
     * @param known the region ids
     * @return region → weight, sorted by region id; empty for an equal split
     */
    public static Map<String, Integer> weights(String text, Collection<String> known) {
        Map<String, Integer> weights = new TreeMap<>();
        if (text == null || text.isBlank()) {
            return weights;
        }
        for (String part : text.split("[\\n,;]")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals < 0) {
                throw new WrongInput("Gewicht '" + part.strip() + "': schrijf regio = gewicht, bijvoorbeeld utrecht = 2");
            }
            String region = part.substring(0, equals).strip();
            String value = part.substring(equals + 1).strip();
            if (!known.contains(region)) {
                throw new WrongInput("Gewicht: onbekende regio '" + region + "'");
            }
            if (weights.containsKey(region)) {
                throw new WrongInput("Gewicht: regio '" + region + "' staat er twee keer in");
            }
            weights.put(region, weight(region, value));
        }
        return weights;
    }

    static int weight(String region, String value) {
        try {
            int weight = Integer.parseInt(value);
            if (weight >= FundingSplit.MIN_WEIGHT && weight <= FundingSplit.MAX_WEIGHT) {
                return weight;
            }
        } catch (NumberFormatException notANumber) {
            // the message below says what is expected
        }
        throw new WrongInput("Gewicht van '" + region + "': een heel getal van " + FundingSplit.MIN_WEIGHT + " tot en met "
                + FundingSplit.MAX_WEIGHT + " (nu '" + value + "')");
    }

    /** The weights of every region: the given ones, 1 for the others; in the order of {@code regions}. */
    public static Map<String, Integer> complete(Map<String, Integer> given, List<String> regions) {
        Map<String, Integer> all = new LinkedHashMap<>();
        regions.forEach(region -> all.put(region, given.getOrDefault(region, 1)));
        return all;
    }

    /** {@code utrecht=2, zuid-limburg=3}: the weights as stored and shown; empty for an equal split. */
    public static String weightsText(Map<String, Integer> weights) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(weights).forEach((region, weight) -> parts.add(region + "=" + weight));
        return String.join(", ", parts);
    }

    /** One location per line: {@code name = amount in euro}. Empty lines are skipped. */
    public static List<FundingSplit.Location> locations(String text) {
        List<FundingSplit.Location> locations = new ArrayList<>();
        if (text == null) {
            return locations;
        }
        String[] lines = text.split("\\R");
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.lastIndexOf('=');
            if (equals < 0) {
                throw new WrongInput("Regel '" + line.strip() + "': schrijf naam van de locatie = bedrag, bijvoorbeeld "
                        + "Veiligheidshuis Utrecht = 154.000,00");
            }
            long cents;
            try {
                cents = Euros.parse(line.substring(equals + 1));
            } catch (IllegalArgumentException notAnAmount) {
                throw new WrongInput("Regel '" + line.strip() + "': " + notAnAmount.getMessage());
            }
            locations.add(new FundingSplit.Location(line.substring(0, equals).strip(), cents));
        }
        return locations;
    }
}
