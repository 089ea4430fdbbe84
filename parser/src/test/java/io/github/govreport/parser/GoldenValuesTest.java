package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The golden table {@code golden/values.tsv}: sentences written by the team, each with the one mention
 * it holds (or NONE), and what that mention must normalize to.
 */
class GoldenValuesTest {

    private static final String HEADER = "input\ttext\tkind\tchange\tbasis\tvalue\tlow\thigh\tunit\tdimension\tqualifier";

    static List<String[]> rows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = GoldenValuesTest.class.getResourceAsStream("/golden/values.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            assertEquals(HEADER, lines[0]);
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                    String[] cells = lines[i].split("\t", -1);
                    assertEquals(11, cells.length, "line " + (i + 1));
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    static Stream<Object[]> cases() throws IOException {
        return rows().stream().map(r -> new Object[] {r[0], r});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rowReadsAsWritten(String input, String[] row) {
        List<String> found = ValueParser.standard().findAll(input).stream().map(Mentions::describe).toList();
        if (row[1].equals("NONE")) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(List.of(String.join("|", List.of(row).subList(1, 11))), found);
        }
    }

    @Test
    void tableIsLargeEnough() throws IOException {
        assertTrue(rows().size() >= 300, "golden rows: " + rows().size());
    }
}
