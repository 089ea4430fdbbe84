package io.github.govreport.parser.internal.report.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the cleaning of a line treats as markup rather than text: HTML tags and which of them start a new
 * line, HTML entities and the chars they stand for, Markdown marks and invisible chars.
 */
final class Markup {

    private Markup() {}

    /** The chars {@code clean} must look at more closely: markup marks and invisible chars; one look-up for the rest. */
    static final boolean[] MARKUP_OR_INVISIBLE = markupOrInvisible();

    private static boolean[] markupOrInvisible() {
        boolean[] t = new boolean[Character.MAX_VALUE + 1];
        for (char c : "<*\\&".toCharArray()) {
            t[c] = true;
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            t[c] |= isInvisible(c);
        }
        return t;
    }

    /** Zero-width chars and the soft hyphen, which word processors and web pages leave in words. */
    static boolean isInvisible(int c) {
        return c == '\u200B' || c == '\u200D' || c == '\uFEFF' || c == '\u200C' || c == '\u2060' || c == '\u00AD';
    }

    /** HTML elements that start a new line of text where they stand. */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "table", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "hr", "section", "article", "header", "footer",
            "title", "body", "head", "html");

    /** Whether the tag whose name (after an optional {@code /}) starts at {@code at} is a block tag. */
    static boolean isBlockTag(String text, int at, int to) {
        int i = at < to && text.charAt(at) == '/' ? at + 1 : at;
        int nameStart = i;
        while (i < to && i - nameStart <= 10 && isAsciiLetterOrDigit(text.charAt(i))) {
            i++;
        }
        if (i == nameStart || i - nameStart > 10) {
            return false;
        }
        if (i < to) {
            char after = text.charAt(i);
            if (after != '>' && after != '/' && after != ' ' && after != '\t') {
                return false;
            }
        }
        return BLOCK_TAGS.contains(text.substring(nameStart, i).toLowerCase(Locale.ROOT));
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Named entities that report pages use, and the chars they stand for. */
    private static final Map<String, Integer> ENTITIES = Map.ofEntries(
            Map.entry("nbsp", 0xA0), Map.entry("ensp", 0x2002), Map.entry("emsp", 0x2003), Map.entry("thinsp", 0x2009),
            Map.entry("amp", (int) '&'), Map.entry("lt", (int) '<'), Map.entry("gt", (int) '>'), Map.entry("quot", (int) '"'),
            Map.entry("apos", (int) '\''), Map.entry("ldquo", 0x201C), Map.entry("rdquo", 0x201D), Map.entry("lsquo", 0x2018),
            Map.entry("rsquo", 0x2019), Map.entry("mdash", 0x2014), Map.entry("ndash", 0x2013), Map.entry("hellip", 0x2026),
            Map.entry("middot", 0xB7), Map.entry("bull", 0x2022), Map.entry("times", 0xD7), Map.entry("divide", 0xF7),
            Map.entry("deg", 0xB0), Map.entry("plusmn", 0xB1), Map.entry("permil", 0x2030), Map.entry("yen", 0xA5),
            Map.entry("laquo", 0xAB), Map.entry("raquo", 0xBB), Map.entry("shy", 0xAD), Map.entry("zwj", 0x200D),
            Map.entry("zwnj", 0x200C), Map.entry("copy", 0xA9), Map.entry("reg", 0xAE));

    /** The longest entity read: {@code &#x10FFFF;} and {@code &thinsp;} are shorter. */
    private static final int MAX_ENTITY = 12;

    /**
     * The HTML entity at {@code at} (which holds {@code &}), ending before {@code to}: its end (after the
     * {@code ;}) in the high 32 bits and the code point it stands for in the low ones; -1 when no known,
     * valid entity stands there.
     */
    static long entity(String text, int at, int to) {
        int limit = Math.min(to, at + MAX_ENTITY);
        int semi = -1;
        for (int i = at + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ';') {
                semi = i;
                break;
            }
            if (!isAsciiLetterOrDigit(c) && !(c == '#' && i == at + 1)) {
                return -1;
            }
        }
        if (semi < at + 2) {
            return -1;
        }
        int cp;
        if (text.charAt(at + 1) == '#') {
            boolean hex = text.charAt(at + 2) == 'x' || text.charAt(at + 2) == 'X';
            int digits = hex ? at + 3 : at + 2;
            if (digits >= semi) {
                return -1;
            }
            long v = 0;
            for (int i = digits; i < semi; i++) {
                int d = Character.digit(text.charAt(i), hex ? 16 : 10);
                if (d < 0 || text.charAt(i) > 'f') {
                    return -1;
                }
                v = v * (hex ? 16 : 10) + d;
                if (v > Character.MAX_CODE_POINT) {
                    return -1;
                }
            }
            if (v == 0 || (v >= 0xD800 && v <= 0xDFFF)) {
                return -1;
            }
            cp = (int) v;
        } else {
            Integer named = ENTITIES.get(text.substring(at + 1, semi));
            if (named == null) {
                return -1;
            }
            cp = named;
        }
        return ((long) (semi + 1) << 32) | cp;
    }

    /** A char that may follow {@code <} in a tag: a letter, {@code /}, {@code !} or {@code ?}. */
    static boolean isTagStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?';
    }
}
