package io.github.govreport.core;

/**
 * Writes whole numbers in Chinese numerals, the way reports write them: 1023 is {@code 一千零二十三},
 * 20000 is {@code 二万}, 10 is {@code 十}. Only writing lives here; reading is the parser's job.
 */
public final class ChineseNumerals {

    /** The largest number {@link #write} accepts, 10<sup>16</sup> − 1. */
    public static final long MAX = 9_999_999_999_999_999L;

    private static final char[] DIGITS = "零一二三四五六七八九".toCharArray();
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};

    private ChineseNumerals() {}

    /**
     * Writes {@code n} in Chinese numerals.
     *
     * @param n a number from 0 to {@link #MAX}
     * @return the numeral, e.g. {@code 一亿零五万}
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    public static String write(long n) {
        if (n < 0 || n > MAX) {
            throw new IllegalArgumentException("out of range for Chinese numerals: " + n);
        }
        if (n == 0) {
            return "零";
        }
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        for (int g = GROUPS.length - 1; g >= 0; g--) {
            int group = (int) (n / pow10000(g) % 10_000);
            if (group == 0) {
                zeroPending = out.length() > 0;
                continue;
            }
            if (out.length() > 0 && (zeroPending || group < 1000)) {
                out.append('零');
            }
            writeGroup(group, out.length() == 0, out);
            out.append(GROUPS[g]);
            zeroPending = false;
        }
        return out.toString();
    }

    private static long pow10000(int g) {
        long p = 1;
        for (int i = 0; i < g; i++) {
            p *= 10_000;
        }
        return p;
    }

    /** Writes 1–9999; a leading 一十 is written 十 only at the very start (十五, but 一万零一十五). */
    private static void writeGroup(int group, boolean leading, StringBuilder out) {
        int[] place = {1000, 100, 10, 1};
        String units = "千百十";
        boolean zero = false;
        boolean written = false;
        for (int i = 0; i < 4; i++) {
            int d = group / place[i] % 10;
            if (d == 0) {
                zero = written;
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            if (!(i == 2 && d == 1 && leading && !written)) {
                out.append(DIGITS[d]);
            }
            if (i < 3) {
                out.append(units.charAt(i));
            }
            written = true;
        }
    }
}
