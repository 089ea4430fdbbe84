package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Scalar;
import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sentences in which several mentions stand together (golden/sentences.tsv): every mention, in order,
 * and nothing else; so a name beside a value (世界500强企业3家) and two values run together are both
 * checked.
 */
class GoldenSentencesTest {

    static Stream<Object[]> sentences() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        try (InputStream in = GoldenSentencesTest.class.getResourceAsStream("/golden/sentences.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            assertEquals("input\tmentions", lines[2]);
            for (int i = 3; i < lines.length; i++) {
                if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                    String[] cells = lines[i].split("\t", -1);
                    assertEquals(2, cells.length, "line " + (i + 1));
                    rows.add(new Object[] {cells[0], List.of(cells[1].split("\\|"))});
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void everyMentionInOrder(String input, List<String> expected) {
        List<String> found = ValueParser.standard().findAll(input).stream().map(GoldenSentencesTest::describe).toList();
        assertEquals(expected, found);
    }

    @Test
    void tableHoldsEnoughSentences() throws IOException {
        assertTrue(sentences().count() >= 10);
    }

    private static String describe(ValueMention m) {
        Value v = m.value();
        String value = v.amount() instanceof Scalar s ? s.value().toPlainString() : "-";
        String unit = v.amount().unit() == null ? "-" : v.amount().unit().symbol();
        String change = v.change() == null ? "-" : v.change().direction().name();
        return m.text() + "=" + v.amount().kind() + "/" + value + "/" + unit + "/" + v.qualifier() + "/" + change;
    }
}
