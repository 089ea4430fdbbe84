package io.github.govreport.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code traditional.tsv} in step with ICU: for every char the scanner needs (the lexicon's
 * words and the numerals), the Traditional forms ICU gives must fold back to it. Run with
 * {@code -Dgovreport.regenerate=true} to rewrite the table after a lexicon change.
 */
class TraditionalTableTest {

    /** Chars the scanner matches in code rather than through a table. */
    private static final String SCANNER_CHARS = "〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点分之翻番年月日了第每";

    /**
     * Traditional chars whose Simplified form is also a Traditional char, so that the transliterator
     * does not produce them from the Simplified side (余 stays 余); they are checked the other way round.
     */
    private static final String EXTRA_TRADITIONAL = "餘臺週牀釐裡";

    @Test
    void tableMatchesIcu() throws IOException {
        String expected = generate();
        Path source = Path.of("src/main/resources/io/github/govreport/parser/lexicon/traditional.tsv");
        if (Boolean.getBoolean("govreport.regenerate")) {
            Files.writeString(source, expected, StandardCharsets.UTF_8);
        }
        String actual;
        try (InputStream in = getClass().getResourceAsStream("/io/github/govreport/parser/lexicon/traditional.tsv")) {
            actual = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual, "traditional.tsv is out of step with ICU; regenerate it (see class comment)");
    }

    private static String generate() {
        Set<Character> chars = new TreeSet<>(Lexicon.standard().wordChars());
        SCANNER_CHARS.chars().forEach(c -> chars.add((char) c));
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        Map<Character, Character> fold = new TreeMap<>();
        for (char s : chars) {
            if (s < 0x4E00 || s > 0x9FFF) {
                continue;
            }
            String t = toTraditional.transliterate(String.valueOf(s));
            if (t.length() == 1 && t.charAt(0) != s && toSimplified.transliterate(t).equals(String.valueOf(s))) {
                fold.put(t.charAt(0), s);
            }
        }
        for (char t : EXTRA_TRADITIONAL.toCharArray()) {
            String s = toSimplified.transliterate(String.valueOf(t));
            if (s.length() == 1 && s.charAt(0) != t && chars.contains(s.charAt(0))) {
                fold.put(t, s.charAt(0));
            }
        }
        StringBuilder out = new StringBuilder(
                "# Traditional form<TAB>Simplified form, for every char the value scanner matches. Generated from ICU's\n"
                        + "# Simplified-Traditional transliterator by TraditionalTableTest; do not edit by hand.\n");
        fold.forEach((t, s) -> out.append(t).append('\t').append(s).append('\n'));
        return out.toString();
    }
}
