package io.github.govreport.parser.internal.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code report/simplified.tsv} in step with ICU: for every CJK char (U+3400 to U+9FFF) that ICU's
 * Traditional-Simplified transliterator turns into another single char, one row. Run with {@code
 * -Dgovreport.regenerate=true} to rewrite the table after an ICU upgrade.
 */
class SimplifiedTableTest {

    private static final String TABLE = "report/simplified.tsv";

    @Test
    void tableMatchesIcu() throws IOException {
        String expected = generate();
        Path source = Path.of("src/main/resources/io/github/govreport/parser/" + TABLE);
        if (Boolean.getBoolean("govreport.regenerate")) {
            Files.writeString(source, expected, StandardCharsets.UTF_8);
        }
        String actual;
        try (InputStream in = getClass().getResourceAsStream("/io/github/govreport/parser/" + TABLE)) {
            actual = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual, TABLE + " is out of step with ICU; regenerate it (see class comment)");
    }

    @Test
    void aTraditionalTextReadsAsSimplified() {
        assertEquals('经', Traditional.toSimplified('經'));
        assertEquals('长', Traditional.toSimplified('長'));
        assertEquals('中', Traditional.toSimplified('中'), "a char without a Traditional form stays");
        assertEquals('a', Traditional.toSimplified('a'));
    }

    private static String generate() {
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder out = new StringBuilder(
                "# Traditional form<TAB>Simplified form, for every CJK char (U+3400-U+9FFF) whose Simplified form is\n"
                        + "# another single char. Generated from ICU's Traditional-Simplified transliterator by\n"
                        + "# SimplifiedTableTest; do not edit by hand.\n");
        for (char c = '\u3400'; c <= '\u9FFF'; c++) {
            String s = toSimplified.transliterate(String.valueOf(c));
            if (s.length() == 1 && s.charAt(0) != c) {
                out.append(c).append('\t').append(s).append('\n');
            }
        }
        return out.toString();
    }
}
