package org.amtsplan.scheduling.internal.booking;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Booking codes a citizen can read out on the phone ("K7Q-4MZ": no 0/O, 1/I/L, 2/Z, 5/S, 8/B) and
 * the secret tokens of their links (256 random bits).
 */
public final class BookingCodes {

    static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

    private static final SecureRandom RANDOM = new SecureRandom();

    private BookingCodes() {}

    public static String newCode() {
        StringBuilder code = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            if (i == 3) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a text could be a booking code; lets a lookup skip the database for garbage. */
    public static boolean isWellFormed(String code) {
        if (code == null || code.length() != 7 || code.charAt(3) != '-') {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            if (i != 3 && ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
