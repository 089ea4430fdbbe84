package io.github.govreport.parser.internal;

/**
 * The words {@code ValueParser.parse} gives for two shapes of number it does not read, so that its message
 * says what is wrong with them rather than a catch-all: a number in exponent notation ({@code 1e400亿}),
 * which would otherwise read as a code, and a run of digits longer than {@link NumeralReader#MAX_LENGTH},
 * which would otherwise read as no numeral.
 */
final class RejectionReasons {

    private RejectionReasons() {}

    /**
     * Why the Arabic number at {@code i}, inside a run of letters and digits, is not read.
     *
     * @param f the folded text
     * @param i where the number starts
     * @param n the end of the text
     * @return the reason, after "the number is"
     */
    static String inCode(char[] f, int i, int n) {
        int p = i;
        while (p < n && (NumeralReader.isAsciiDigit(f[p]) || f[p] == '.')) {
            p++;
        }
        if (p < n && (f[p] == 'e' || f[p] == 'E')) {
            int q = p + 1 < n && (f[p + 1] == '-' || f[p + 1] == '+') ? p + 2 : p + 1;
            int end = q;
            while (end < n && NumeralReader.isAsciiDigit(f[end])) {
                end++;
            }
            if (end > q) {
                return "in exponent notation (" + new String(f, i, end - i)
                        + "), which no report writes: write the number out in digits, or with 万 or 亿";
            }
        }
        return "part of a code or address";
    }

    /**
     * Why the numeral from {@code i} to {@code stop} reads as no number.
     *
     * @param f the folded text
     * @param i where it starts
     * @param stop where its run of numeral chars, points and commas ends
     * @return the reason, after "the number is"
     */
    static String noNumeral(char[] f, int i, int stop) {
        int digits = 0;
        while (i + digits < stop && NumeralReader.isAsciiDigit(f[i + digits])) {
            digits++;
        }
        if (digits > NumeralReader.MAX_LENGTH) {
            return digits + " digits long, more than the " + NumeralReader.MAX_LENGTH + " a number may have";
        }
        int length = stop - i;
        return length > NumeralReader.MAX_LENGTH
                ? length + " numeral chars long, more than the " + NumeralReader.MAX_LENGTH + " a number may have"
                : "not a numeral";
    }
}
