package io.github.govreport.parser.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Folds text one char for one char, so that every offset into the folded text is the same offset into
 * the text as given: full-width ASCII to ASCII (８．１％ → 8.1%), the many spaces of web text to an ASCII
 * space, and the Traditional forms of the lexicon's characters to Simplified (增長 → 增长, 億 → 亿).
 *
 * <p>Why not NFKC: it also folds Chinese punctuation and can change a text's length (㎞ → km), which would
 * break source offsets. Why not ICU's transliterator on the hot path: it costs about 0.4 µs a char and
 * 0.3 s to load, while the value scanner needs only the few hundred characters its lexicon uses. The
 * Traditional table {@code traditional.tsv} is generated from ICU's transliterator, and a test keeps it
 * in step with ICU and the lexicon.
 */
public final class Folding {

    private static final char[] TABLE = build();

    private Folding() {}

    /** Returns the folded form of {@code c}. */
    public static char fold(char c) {
        return TABLE[c];
    }

    /** Folds a whole text into a new array of the same length. */
    public static char[] fold(CharSequence text) {
        int n = text.length();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[i] = TABLE[text.charAt(i)];
        }
        return out;
    }

    private static char[] build() {
        char[] t = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            t[c] = (char) c;
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            t[c] = (char) (c - 0xFEE0);
        }
        for (char space : new char[] {'\u3000', '\u00A0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
            '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\t'}) {
            t[space] = ' ';
        }
        t['\u2212'] = '-'; // minus sign
        t['\uFE6A'] = '%'; // small percent sign
        t['\uFF05'] = '%';
        t['\u2030'] = '‰';
        t['\u301C'] = '~'; // wave dash
        t['\u2236'] = ':'; // ratio
        try (InputStream in = Folding.class.getResourceAsStream("/io/github/govreport/parser/lexicon/traditional.tsv")) {
            if (in == null) {
                throw new IllegalStateException("traditional.tsv missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                t[line.charAt(0)] = line.charAt(2);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }
}
