package org.amtsplan.platform;

/**
 * The one rule for characters people type: no control characters in names or any other text a
 * client sends (C0 controls, DEL, C1 controls), and line breaks and tabs only in free-text fields
 * such as notes. The JSON reading layer applies it to every string of every request body.
 */
public final class Texts {

    /** The bundle key of the refusal. */
    public static final String CONTROL_MESSAGE = "platform.validation.controlCharacters";

    private Texts() {}

    /**
     * True when {@code text} carries no control character; {@code multiLine} additionally allows
     * line feed, carriage return and tab.
     */
    public static boolean isFreeOfControls(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control =
                    c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
            if (control && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return false;
            }
        }
        return true;
    }
}
