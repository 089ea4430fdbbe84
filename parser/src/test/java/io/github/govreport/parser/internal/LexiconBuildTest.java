package io.github.govreport.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Direction;
import io.github.govreport.core.Magnitude;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Unit;
import io.github.govreport.parser.internal.Lexicon.Position;
import io.github.govreport.parser.internal.Lexicon.QualifierWord;
import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.WordTrie.Match;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each table row lands in the right word set with the right payload. The lexicon is built afresh here
 * (its constructor is private: the library shares one instance), so that a mutation run, whose shared
 * lexicon was built once before any mutant was installed, sees a mutant in the building code.
 */
class LexiconBuildTest {

    private static Lexicon fresh() throws ReflectiveOperationException {
        Constructor<Lexicon> c = Lexicon.class.getDeclaredConstructor();
        c.setAccessible(true);
        return c.newInstance();
    }

    private static <T> T whole(WordTrie<T> trie, String word) {
        Match<T> m = trie.longestAt(word.toCharArray(), 0, word.length());
        assertNotNull(m, word + " is not in its word set");
        assertEquals(word.length(), m.end(), word + " is matched only in part");
        return m.value();
    }

    @Test
    void everyRowIsInItsWordSet() throws ReflectiveOperationException {
        Lexicon lex = fresh();
        assertEquals(Lexicon.standard().rows(), lex.rows(), "built afresh from the same tables");
        for (Row r : lex.rows()) {
            List<String> c = r.columns();
            String w = c.get(0);
            switch (r.table()) {
                case "units.tsv" -> assertEquals(new Unit(c.get(1), Dimension.valueOf(c.get(2))), whole(lex.units, w));
                case "magnitudes.tsv" -> assertEquals(Magnitude.valueOf(c.get(1)), whole(lex.magnitudes, w));
                case "changes.tsv" -> assertEquals(Direction.valueOf(c.get(1)), whole(lex.changes, w));
                case "levels.tsv" -> assertEquals(Boolean.TRUE, whole(lex.levels, w));
                case "qualifiers.tsv" -> {
                    Position p = Position.valueOf(c.get(1));
                    WordTrie<QualifierWord> set = switch (p) {
                        case BEFORE, NOT -> lex.qualifiersBefore;
                        case AFTER -> lex.qualifiersAfter;
                        case INSIDE -> lex.qualifiersInside;
                        case VERB -> lex.qualifierVerbs;
                        case AHEAD -> lex.qualifiersAhead;
                        case CLASS -> lex.sizeClasses;
                    };
                    Qualifier q = p == Position.NOT ? null : Qualifier.valueOf(c.get(2));
                    assertEquals(new QualifierWord(q, p), whole(set, w));
                }
                case "bases.tsv" -> assertEquals(w, whole(lex.bases, w));
                case "ranges.tsv" -> assertEquals(Boolean.TRUE, whole(lex.rangeMarks, w));
                case "words.tsv" -> checkWord(lex, c.get(0), c.get(1));
                default -> throw new AssertionError("a table this test does not know: " + r.table());
            }
        }
    }

    private static void checkWord(Lexicon lex, String category, String word) {
        switch (category) {
            case "MEETING" -> assertEquals(Boolean.TRUE, whole(lex.meetings, word));
            case "LIST" -> assertEquals(Boolean.TRUE, whole(lex.listSeparators, word));
            case "NOT_UNIT" -> assertTrue(lex.notUnits.get(word.charAt(0)), word);
            case "NAME_AFTER" -> assertEquals(Boolean.TRUE, whole(lex.namesAfter, word));
            case "NAME_TAIL" -> assertEquals(Boolean.TRUE, whole(lex.nameTails, word));
            default -> assertEquals(category, whole(lex.words, word));
        }
    }

    @Test
    void qualifiersStayOnTheirSide() throws ReflectiveOperationException {
        Lexicon lex = fresh();
        for (Row r : lex.rows()) {
            if (!r.table().equals("qualifiers.tsv")) {
                continue;
            }
            String w = r.columns().get(0);
            Position p = Position.valueOf(r.columns().get(1));
            char[] word = w.toCharArray();
            Match<QualifierWord> before = lex.qualifiersBefore.longestAt(word, 0, word.length);
            Match<QualifierWord> after = lex.qualifiersAfter.longestAt(word, 0, word.length);
            boolean inBefore = p == Position.BEFORE || p == Position.NOT;
            assertEquals(inBefore, before != null && before.end() == word.length && before.value().position() == p, w);
            assertEquals(p == Position.AFTER, after != null && after.end() == word.length && after.value().position() == p, w);
        }
    }

    @Test
    void wordCharsComeFromTheWordsNotTheCategoriesOrExamples() throws ReflectiveOperationException {
        Lexicon lex = fresh();
        Set<Character> chars = lex.wordChars();
        for (Row r : lex.rows()) {
            String word = r.table().equals("words.tsv") ? r.columns().get(1) : r.columns().get(0);
            word.chars().forEach(ch -> assertTrue(chars.contains((char) ch), word));
        }
        assertFalse(chars.contains('O'), "ORDINAL is a category of words.tsv, not a word");
        assertFalse(chars.contains('\t'));
    }

    @Test
    void theStandardLexiconIsOne() {
        assertSame(Lexicon.standard(), Lexicon.standard());
        assertThrows(UnsupportedOperationException.class, () -> Lexicon.standard().rows().clear());
    }

    @Test
    void tablesAreReadWithoutCommentsOrBlankLines() {
        List<Row> rows = Lexicon.readTable("/io/github/govreport/parser/lexicon/", "ranges.tsv");
        assertFalse(rows.isEmpty());
        for (Row r : rows) {
            assertEquals("ranges.tsv", r.table());
            assertFalse(r.columns().get(0).startsWith("#"), r.toString());
            assertFalse(r.columns().get(0).isBlank(), r.toString());
            assertEquals(r.columns().get(r.columns().size() - 1), r.example());
        }
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Lexicon.readTable("/io/github/govreport/parser/lexicon/", "no-such.tsv"));
        assertTrue(e.getMessage().contains("no-such.tsv"), e.getMessage());
    }
}
