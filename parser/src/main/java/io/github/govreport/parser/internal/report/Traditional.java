package io.github.govreport.parser.internal.report;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional to Simplified, one char for one char so that offsets hold, with ICU's transliterator.
 * ICU is loaded lazily, the first time a text needs it (about 0.3 s), and each distinct char is
 * converted once, into a table indexed by char.
 */
final class Traditional {

    /** Common chars that exist only in Traditional writing; a text full of them is Traditional. */
    private static final String MARKERS = "們這個來說會發為與對經濟區縣產業務國際們開們歲億萬長進義實現點報";

    private static final char FIRST = '\u4E00';
    private static final char LAST = '\u9FFF';
    private static final boolean[] IS_MARKER = new boolean[LAST - FIRST + 1];

    /**
     * Each CJK char's Simplified form once converted, 0 before. Races are benign: a char is written
     * whole, and two threads that convert the same char write the same value.
     */
    private static final char[] CACHE = new char[LAST - FIRST + 1];

    static {
        for (char c : MARKERS.toCharArray()) {
            IS_MARKER[c - FIRST] = true;
        }
    }

    private Traditional() {}

    private static final class Icu {
        static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    }

    /** True when more than one char in a thousand is a Traditional-only marker char. */
    static boolean looksTraditional(String text) {
        int markers = 0;
        int cjk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST) {
                cjk++;
                if (IS_MARKER[c - FIRST]) {
                    markers++;
                }
            }
        }
        return cjk > 0 && markers * 1000L > cjk;
    }

    static char toSimplified(char c) {
        if (c < FIRST || c > LAST) {
            return c;
        }
        char known = CACHE[c - FIRST];
        if (known == 0) {
            String s;
            synchronized (Icu.TO_SIMPLIFIED) {
                s = Icu.TO_SIMPLIFIED.transliterate(String.valueOf(c));
            }
            known = s.length() == 1 ? s.charAt(0) : c;
            CACHE[c - FIRST] = known;
        }
        return known;
    }
}
