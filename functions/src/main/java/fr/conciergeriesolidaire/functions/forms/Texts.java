package fr.conciergeriesolidaire.functions.forms;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Rules for free text typed by a person: NFC-normalised, trimmed, bounded in characters (code points), no
 * control characters, and none of the invisible characters that disguise text (bidirectional overrides,
 * zero-width joiners...), which would let a name display differently from what is stored.
 */
public final class Texts {
    /** Letters (any script), combining marks, spaces, apostrophes, hyphens and dots. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.\\-]*");

    private static final char FIRST_COMBINING_MARK = '\u0300';

    private Texts() {}

    /** A person's name, or the message saying what is wrong. */
    public static Checked name(String raw, int maxLength) {
        Checked cleaned = singleLine(raw, maxLength);
        if (cleaned.error().isPresent()) {
            return cleaned;
        }
        if (!NAME.matcher(cleaned.value()).matches()) {
            return Checked.error("error.nameLetters");
        }
        return cleaned;
    }

    /** One line of text (building, flat...): no line breaks. */
    public static Checked singleLine(String raw, int maxLength) {
        String value = normalise(raw).replaceAll("[ \\t]+", " ");
        if (value.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            return Checked.error("error.oneLine");
        }
        return checked(value, maxLength);
    }

    /** Several lines of text (comment): line breaks allowed and unified. */
    public static Checked multiLine(String raw, int maxLength) {
        return checked(normalise(raw).replace("\r\n", "\n").replace('\r', '\n'), maxLength);
    }

    private static String normalise(String raw) {
        // Every character below the first combining mark is its own NFC form: most input never needs the
        // normaliser, whose tables cost a cold start about 10 ms to load.
        String composed = raw.chars().allMatch(c -> c < FIRST_COMBINING_MARK)
                ? raw
                : Normalizer.normalize(raw, Normalizer.Form.NFC);
        return composed.strip();
    }

    private static Checked checked(String value, int maxLength) {
        if (value.codePoints().anyMatch(Texts::isHidden)) {
            return Checked.error("error.hiddenCharacters");
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            return Checked.error("error.tooLong", maxLength);
        }
        return Checked.value(value);
    }

    /** Control (except line feed and tab), format (bidi controls, zero-width, BOM), unassigned or private-use. */
    static boolean isHidden(int codePoint) {
        if (codePoint == '\n' || codePoint == '\t') {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
