package nl.veiligheidshuis.funding;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Euro amounts as professionals type and read them ({@code 7.700.000,00}, {@code 154000,50}, {@code € 12}) and as the
 * application keeps them (whole cents, {@code long}). No floating point anywhere.
 */
public final class Euros {

    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{2}))?");

    private Euros() {
    }

    /**
     * @return the amount in cents
     * @throws IllegalArgumentException with a Dutch message when the text is not an amount in euro
     */
    public static long parse(String text) {
        String compact = text == null ? "" : text.replace("€", "").replace(" ", "").replace("\u00a0", "").strip();
        Matcher matcher = AMOUNT.matcher(compact);
        if (compact.isEmpty() || !matcher.matches()) {
            throw new IllegalArgumentException("'" + (text == null ? "" : text.strip())
                    + "' is geen bedrag in euro; schrijf bijvoorbeeld 154.000,00 of 154000,00 (komma voor de centen)");
        }
        String euros = matcher.group(1).replace(".", "");
        if (euros.length() > 13) {
            throw new IllegalArgumentException("'" + text.strip() + "' is te groot");
        }
        long cents = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
        return Long.parseLong(euros) * 100 + cents;
    }

    /** {@code 770000000} → {@code € 7.700.000,00}. */
    public static String format(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        String euros = String.format(Locale.ROOT, "%,d", abs / 100).replace(',', '.');
        return sign + "€ " + euros + "," + String.format(Locale.ROOT, "%02d", abs % 100);
    }

    /** {@code 770000000} → {@code 7.700.000,00}: the form's text, which {@link #parse} reads back. */
    public static String plain(long cents) {
        return format(cents).replace("€ ", "");
    }
}
