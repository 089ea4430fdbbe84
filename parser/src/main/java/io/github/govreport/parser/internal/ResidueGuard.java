package io.github.govreport.parser.internal;

/**
 * Tells numbers that the making of a page left in the text from values: a page number after the dot
 * leaders of a table of contents ({@code 推进改革 ....... 12}), a note number in a superscript element
 * ({@code <sup>3</sup>}), and a value that a failed replacement destroyed ({@code 增长$1.$2%}, where the
 * page meant to write a number). Each test looks at a bounded number of chars around the numeral.
 */
final class ResidueGuard {

    /** How many leader chars before a number make it a page number. */
    private static final int LEADERS = 3;
    /** The longest tag looked back at: {@code <superscript>}. */
    private static final int TAG_REACH = 13;

    private final char[] f;
    private final int n;

    ResidueGuard(char[] f, int n) {
        this.f = f;
        this.n = n;
    }

    /** Why the numeral at [start, end) is residue, or null. */
    String reason(int start, int end) {
        if (afterLeaders(start)) {
            return "a page number after dot leaders";
        }
        if (inSuperscript(start)) {
            return "a note number in a superscript";
        }
        boolean dollarBefore = start > 1 && f[start - 1] == '$' && (f[start - 2] == '.' || NumeralReader.isAsciiDigit(f[start - 2]));
        if (end + 1 < n && f[end] == '$' && NumeralReader.isAsciiDigit(f[end + 1])
                || start > 0 && f[start - 1] == '$' && end + 1 < n && f[end] == '.' && f[end + 1] == '$' || dollarBefore) {
            return "a value destroyed in the source ($1.$2)";
        }
        return null;
    }

    private boolean afterLeaders(int start) {
        int p = start;
        while (p > 0 && f[p - 1] == ' ' && start - p < 4) {
            p--;
        }
        int dots = 0;
        while (p > 0 && (f[p - 1] == '.' || f[p - 1] == '…' || f[p - 1] == '·') && dots < LEADERS) {
            p--;
            dots += f[p] == '…' ? 3 : 1;
        }
        return dots >= LEADERS;
    }

    private boolean inSuperscript(int start) {
        if (start == 0 || f[start - 1] != '>') {
            return false;
        }
        for (int p = start - 2; p >= 0 && start - p <= TAG_REACH; p--) {
            if (f[p] == '<') {
                String tag = new String(f, p + 1, start - 2 - p);
                return tag.equalsIgnoreCase("sup") || tag.equalsIgnoreCase("superscript");
            }
        }
        return false;
    }
}
