package io.github.govreport.parser.internal.report.text;

import io.github.govreport.parser.internal.Lexicon.Row;

/**
 * Traditional to Simplified, one char for one char so that offsets hold, from the table {@code
 * report/simplified.tsv}: every CJK char whose Simplified form is another single char. The table is
 * generated from ICU's Traditional-Simplified transliterator, and a test keeps it in step, so ICU is needed
 * to build the table but not to read a report.
 */
public final class Traditional {

    /** Common chars that exist only in Traditional writing; a text full of them is Traditional. */
    private static final String MARKERS = "們這個來說會發為與對經濟區縣產業務國際們開們歲億萬長進義實現點報";

    private static final char FIRST = '\u3400';
    private static final char LAST = '\u9FFF';
    private static final boolean[] IS_MARKER = new boolean[LAST - FIRST + 1];

    static {
        for (char c : MARKERS.toCharArray()) {
            IS_MARKER[c - FIRST] = true;
        }
    }

    private Traditional() {}

    /** The table, loaded the first time a text needs it. */
    private static final class Table {
        static final char[] SIMPLIFIED = load();

        private static char[] load() {
            char[] table = new char[LAST - FIRST + 1];
            for (Row r : ReportTables.read("simplified.tsv")) {
                table[r.columns().get(0).charAt(0) - FIRST] = r.columns().get(1).charAt(0);
            }
            return table;
        }
    }

    /** How many CJK chars the test reads: a report shows its script long before, and the cost stays fixed. */
    private static final int SAMPLE = 5_000;

    /** True when more than one char in a thousand of the first {@link #SAMPLE} CJK chars is a Traditional-only marker char. */
    static boolean looksTraditional(String text) {
        int markers = 0;
        int cjk = 0;
        for (int i = 0; i < text.length() && cjk < SAMPLE; i++) {
            char c = text.charAt(i);
            if (c >= '\u4E00' && c <= LAST) {
                cjk++;
                if (IS_MARKER[c - FIRST]) {
                    markers++;
                }
            }
        }
        return cjk > 0 && markers * 1000L > cjk;
    }

    public static char toSimplified(char c) {
        if (c < FIRST || c > LAST) {
            return c;
        }
        char simplified = Table.SIMPLIFIED[c - FIRST];
        return simplified == 0 ? c : simplified;
    }
}
