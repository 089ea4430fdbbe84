package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.govreport.core.Amount;
import io.github.govreport.core.Range;
import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The checked tables of {@code docs/values.md}, row by row, against {@link ValueParser#standard()}: what
 * the page says a text holds is what the parser finds in it.
 */
class DocsValuesTableTest {

    private static final String PAGE = DocsTables.page("values.md");
    private static final ValueParser PARSER = ValueParser.standard();
    private static final List<String> COLUMNS =
            List.of("mention", "kind", "value", "unit", "dimension", "qualifier", "change", "basis");

    @TestFactory
    Stream<DynamicTest> mentions() {
        return mentionRows("mentions");
    }

    @TestFactory
    Stream<DynamicTest> hardCases() {
        return mentionRows("hard-cases");
    }

    /**
     * One test per row. The rows of one text are its mentions in order: the k-th row of a text describes
     * its k-th mention, and the text has as many mentions as rows.
     */
    private static Stream<DynamicTest> mentionRows(String table) {
        List<Map<String, String>> rows = DocsTables.table(PAGE, table);
        assertFalse(rows.isEmpty(), table);
        Map<String, List<Map<String, String>>> byText = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            byText.computeIfAbsent(row.get("text"), t -> new ArrayList<>()).add(row);
        }
        List<DynamicTest> tests = new ArrayList<>();
        byText.forEach((text, group) -> {
            for (int k = 0; k < group.size(); k++) {
                Map<String, String> row = group.get(k);
                int index = k;
                tests.add(DynamicTest.dynamicTest(text + " → " + row.get("mention"), () -> {
                    List<ValueMention> found = PARSER.findAll(text);
                    assertEquals(group.stream().map(r -> r.get("mention")).toList(),
                            found.stream().map(ValueMention::text).toList(), "the mentions of " + text);
                    String expected = COLUMNS.stream().map(row::get).collect(Collectors.joining(" | "));
                    assertEquals(expected, describe(found.get(index)), text);
                }));
            }
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> notMentions() {
        List<Map<String, String>> rows = DocsTables.table(PAGE, "not-mentions");
        assertFalse(rows.isEmpty());
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.get("text") + " (" + row.get("what it is") + ")",
                () -> assertEquals(List.of(), PARSER.findAll(row.get("text")).stream().map(ValueMention::text).toList())));
    }

    @TestFactory
    Stream<DynamicTest> namesAndValues() {
        List<Map<String, String>> rows = DocsTables.table(PAGE, "names-and-values");
        assertFalse(rows.isEmpty());
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.get("text"), () -> {
            String found = PARSER.findAll(row.get("text")).stream().map(ValueMention::text).collect(Collectors.joining(", "));
            assertEquals(row.get("mentions"), found.isEmpty() ? DocsTables.NONE : found);
        }));
    }

    @TestFactory
    Stream<DynamicTest> parse() {
        List<Map<String, String>> rows = DocsTables.table(PAGE, "parse");
        assertFalse(rows.isEmpty());
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.get("text"), () -> {
            String text = row.get("text").equals("(empty)") ? "" : row.get("text");
            String error = DocsTables.orNull(row.get("error"));
            if (error == null) {
                assertEquals(row.get("result"), PARSER.parse(text).toString());
            } else {
                assertEquals(DocsTables.NONE, row.get("result"), "a row with an error has no result");
                ValueParseException e = assertThrows(ValueParseException.class, () -> PARSER.parse(text));
                assertEquals(error, e.errorType().name());
            }
        }));
    }

    /** The columns of the page's mention tables, in their order, for one mention. */
    private static String describe(ValueMention m) {
        Value v = m.value();
        Amount a = v.amount();
        String value = a instanceof Range r ? Mentions.plain(r.low()) + "–" + Mentions.plain(r.high()) : Mentions.plain(a);
        return String.join(" | ",
                m.text(),
                v.kind().name(),
                value,
                a.unit() == null ? DocsTables.NONE : a.unit().symbol(),
                a.unit() == null ? DocsTables.NONE : a.unit().dimension().name(),
                v.qualifier().name(),
                v.change() == null ? DocsTables.NONE : v.change().direction().name(),
                v.change() == null || v.change().basis() == null ? DocsTables.NONE : v.change().basis());
    }
}
