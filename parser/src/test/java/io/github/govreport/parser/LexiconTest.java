package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Amount;
import io.github.govreport.core.Range;
import io.github.govreport.core.Unit;
import io.github.govreport.core.ValueMention;
import io.github.govreport.parser.internal.Lexicon;
import io.github.govreport.parser.internal.Lexicon.Row;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of every lexicon table carries an example; each example reads back to its row. */
class LexiconTest {

    private static final ValueParser PARSER = ValueParser.standard();

    static Stream<Row> rows() {
        return Lexicon.standard().rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void exampleReadsBackToItsRow(Row row) {
        List<ValueMention> found = PARSER.findAll(row.example());
        List<String> c = row.columns();
        switch (row.table()) {
            case "units.tsv" -> {
                ValueMention m = last(found, row);
                assertEquals(new Unit(c.get(1), io.github.govreport.core.Dimension.valueOf(c.get(2))), m.value().amount().unit());
                assertTrue(m.text().contains(c.get(0)), m.text());
            }
            case "magnitudes.tsv" -> assertTrue(last(found, row).text().contains(c.get(0)));
            case "changes.tsv" -> {
                ValueMention m = last(found, row);
                assertNotNull(m.value().change(), m.toString());
                assertEquals(c.get(1), m.value().change().direction().name());
                assertTrue(m.text().startsWith(c.get(0)), m.text());
            }
            case "levels.tsv" -> {
                ValueMention m = last(found, row);
                assertNull(m.value().change(), m.toString());
                assertFalse(m.text().contains(c.get(0)), "the level verb is outside the span: " + m.text());
            }
            case "qualifiers.tsv" -> {
                ValueMention m = last(found, row);
                boolean outside = switch (c.get(1)) {
                    case "VERB", "AHEAD", "NOT" -> true;
                    default -> false;
                };
                assertEquals(c.get(1).equals("NOT") ? "EXACT" : c.get(2), m.value().qualifier().name(), m.toString());
                if (c.get(1).equals("NOT")) {
                    // the word may be a change word (节约380万元), but the qualifier it ends like starts no span
                    assertFalse(m.text().startsWith(c.get(0).substring(1)), m.text());
                } else {
                    assertEquals(!outside, m.text().contains(c.get(0)), m.text());
                }
            }
            case "bases.tsv" -> assertEquals(c.get(0), last(found, row).value().change().basis());
            case "ranges.tsv" -> {
                Amount a = last(found, row).value().amount();
                assertTrue(a instanceof Range, a.toString());
            }
            case "words.tsv" -> checkWord(c.get(0), c.get(1), found, row);
            default -> throw new AssertionError("no check for table " + row.table());
        }
    }

    private static void checkWord(String category, String word, List<ValueMention> found, Row row) {
        switch (category) {
            case "ORDINAL", "MEETING", "NAME_AFTER", "NAME_TAIL", "NAME_BEFORE", "PROPER_NAME", "WORD", "GRADE_BEFORE" ->
                    assertTrue(found.isEmpty(), found.toString());
            case "NOUN" -> assertNull(last(found, row).value().amount().unit(), found.toString());
            case "MAJOR_CLASS" -> assertEquals(word, last(found, row).value().amount().unit().symbol(), found.toString());
            case "OBJECT" -> assertNotNull(last(found, row).value().change(), found.toString());
            case "RATE_UP", "RATE_DOWN" -> {
                ValueMention m = last(found, row);
                assertNotNull(m.value().change(), m.toString());
                assertEquals(category.substring(5), m.value().change().direction().name(), m.toString());
                assertFalse(m.text().contains(word), "the rate noun is outside the span: " + m.text());
            }
            case "PER" -> assertEquals(1, found.size(), found.toString());
            case "DISTRIBUTIVE", "LIST" -> {
                assertEquals(2, found.size(), found.toString());
                assertEquals(found.get(0).value().change(), found.get(1).value().change());
            }
            case "NOT_UNIT" -> found.forEach(m -> {
                Unit u = m.value().amount().unit();
                assertTrue(u == null || !u.symbol().equals(word), m.toString());
            });
            default -> throw new AssertionError("no check for word category " + category + " in " + row);
        }
    }

    private static ValueMention last(List<ValueMention> found, Row row) {
        assertFalse(found.isEmpty(), "no mention in the example of " + row);
        return found.get(found.size() - 1);
    }
}
