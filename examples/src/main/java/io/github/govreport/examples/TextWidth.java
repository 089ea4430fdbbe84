package io.github.govreport.examples;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;

/**
 * How many terminal columns text takes, for tables that line up: a character of East Asian Width Wide
 * or Fullwidth (Chinese, Japanese kana, Hangul, full-width forms such as {@code １２．５％}) takes two, a
 * combining mark or format character none, anything else one. Ambiguous characters ({@code …}, {@code
 * ─}, Greek) count one, as in most terminals outside CJK locales.
 */
public final class TextWidth {

    /** The mark a truncated text ends with. */
    public static final String ELLIPSIS = "…";

    private TextWidth() {}

    /**
     * The columns one code point takes.
     *
     * @param codePoint any code point
     * @return 0, 1 or 2
     */
    public static int of(int codePoint) {
        int type = UCharacter.getType(codePoint);
        if (type == UCharacterCategory.NON_SPACING_MARK
                || type == UCharacterCategory.ENCLOSING_MARK
                || type == UCharacterCategory.FORMAT
                || type == UCharacterCategory.CONTROL
                || (codePoint >= 0x1160 && codePoint <= 0x11FF)) { // Hangul vowels and finals join the syllable
            return 0;
        }
        int eaw = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }

    /**
     * The columns a text takes.
     *
     * @param text any text, on one line
     * @return the sum of its code points' widths
     */
    public static int of(CharSequence text) {
        return text.codePoints().map(TextWidth::of).sum();
    }

    /**
     * Cuts a text to at most {@code columns} columns, ending it with {@value #ELLIPSIS} when cut.
     *
     * @param text the text
     * @param columns the width allowed, at least 1
     * @return the text itself if it fits, otherwise its longest prefix that fits with the ellipsis
     */
    public static String truncate(String text, int columns) {
        if (of(text) <= columns) {
            return text;
        }
        int room = columns - of(ELLIPSIS.codePointAt(0));
        StringBuilder s = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = of(cp);
            if (used + w > room) {
                break;
            }
            s.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return s.append(ELLIPSIS).toString();
    }

    /**
     * Pads a text with spaces on the right to {@code columns} columns.
     *
     * @param text the text
     * @param columns the width wanted
     * @return the text and as many spaces as it lacks; the text itself if it is as wide already
     */
    public static String pad(String text, int columns) {
        int missing = columns - of(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    /**
     * Makes a text safe to show on one line: each run of white space or control characters (line
     * breaks, tabs, escape) becomes one space, and the ends are stripped.
     *
     * @param text any text
     * @return the text on one line
     */
    public static String printable(String text) {
        return text.replaceAll("[\\s\\p{Cc}]+", " ").strip();
    }
}
