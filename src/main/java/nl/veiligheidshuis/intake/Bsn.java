package nl.veiligheidshuis.intake;

/** The Dutch citizen service number (BSN) and its eleven test (elfproef). */
public final class Bsn {

    private Bsn() {
    }

    /** Nine digits whose weighted sum (9..2 for the first eight, -1 for the last) is a multiple of 11. */
    public static boolean isValid(String value) {
        if (value == null || !value.matches("[0-9]{9}") || value.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (value.charAt(i) - '0');
        }
        sum -= value.charAt(8) - '0';
        return sum % 11 == 0;
    }
}
