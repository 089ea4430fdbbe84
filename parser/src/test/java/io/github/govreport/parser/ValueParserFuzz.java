package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.govreport.core.ValueMention;
import java.util.List;

/**
 * Coverage-guided fuzzing of the lenient value reader with Jazzer. A plain {@code mvn test} runs the
 * stored inputs under {@code src/test/resources/.../ValueParserFuzzInputs/}; {@code JAZZER_FUZZ=1 mvn
 * test -Dtest=ValueParserFuzz} fuzzes for the given duration.
 */
class ValueParserFuzz {

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "report.dict")
    void findAllNeverThrows(byte[] data) {
        String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        List<ValueMention> mentions = ValueParser.standard().findAll(text);
        int previousEnd = 0;
        for (ValueMention m : mentions) {
            assertTrue(previousEnd <= m.start() && m.start() < m.end() && m.end() <= text.length());
            assertEquals(text.substring(m.start(), m.end()), m.text());
            previousEnd = m.end();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void parseThrowsOnlyItsOwnException(byte[] data) {
        String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        try {
            ValueParser.standard().parse(text);
        } catch (ValueParseException expected) {
            assertTrue(expected.index() >= 0 && expected.index() <= text.length());
        }
    }
}
