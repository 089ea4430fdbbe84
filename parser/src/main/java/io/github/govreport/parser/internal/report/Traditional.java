package io.github.govreport.parser.internal.report;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Traditional to Simplified, one char for one char so that offsets hold, with ICU's transliterator.
 * ICU is loaded lazily, the first time a text needs it (about 0.3 s), and each distinct char is
 * converted once.
 */
final class Traditional {

    /** Common chars that exist only in Traditional writing; a text full of them is Traditional. */
    private static final String MARKERS = "們這個來說會發為與對經濟區縣產業務國際們開們歲億萬長進義實現點報";

    private static final ConcurrentHashMap<Character, Character> CACHE = new ConcurrentHashMap<>();

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
            if (c >= '\u4E00' && c <= '\u9FFF') {
                cjk++;
                if (MARKERS.indexOf(c) >= 0) {
                    markers++;
                }
            }
        }
        return cjk > 0 && markers * 1000L > cjk;
    }

    static char toSimplified(char c) {
        if (c < '\u4E00' || c > '\u9FFF') {
            return c;
        }
        return CACHE.computeIfAbsent(c, x -> {
            String s;
            synchronized (Icu.TO_SIMPLIFIED) {
                s = Icu.TO_SIMPLIFIED.transliterate(String.valueOf(x));
            }
            return s.length() == 1 ? s.charAt(0) : x;
        });
    }
}
