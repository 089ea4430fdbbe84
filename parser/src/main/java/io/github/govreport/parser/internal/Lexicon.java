package io.github.govreport.parser.internal;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Direction;
import io.github.govreport.core.Magnitude;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Unit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the value scanner knows, loaded once from the resource tables in {@code lexicon/}: units,
 * magnitudes, change words, level verbs, qualifiers, bases, range marks and special words. Every table
 * row carries an example sentence; {@link #rows()} exposes them so that a test reads each one back.
 */
public final class Lexicon {

    /** Where a qualifier word stands relative to its number. */
    public enum Position {
        /** Before the number: 约, 近, 超过. */
        BEFORE,
        /** After the number or its unit: 左右, 以上. */
        AFTER,
        /** Between the number and its magnitude or unit: 2万余套, 100多家. */
        INSIDE,
        /** A verb right before the number, outside the span: 突破5亿元, 迈上400亿元台阶. */
        VERB,
        /** Governs the number across a short verb, outside the span: 至少建成3所, 最多步行15分钟. */
        AHEAD,
        /** After a magnitude word, inside the span: a class of size, 千亿级. */
        CLASS,
        /** A longer word that ends like a BEFORE word but qualifies nothing: 通过3年, 最近3年. */
        NOT
    }

    /** A qualifier word with its position; the qualifier is null for a {@link Position#NOT} word. */
    public record QualifierWord(Qualifier qualifier, Position position) {}

    /** One row of one table, as written: the table's name, the columns, the example. */
    public record Row(String table, List<String> columns) {
        /** The last column, the example sentence. */
        public String example() {
            return columns.get(columns.size() - 1);
        }
    }

    private static final String BASE = "/io/github/govreport/parser/lexicon/";

    final WordTrie<Unit> units = new WordTrie<>();
    final WordTrie<Magnitude> magnitudes = new WordTrie<>();
    final WordTrie<Direction> changes = new WordTrie<>();
    /** The dimensions a change word may change, for the words that do not change every kind (增收: 元, %). */
    private final Map<String, Set<Dimension>> changeGoverns = new HashMap<>();
    final WordTrie<Boolean> levels = new WordTrie<>();
    final WordTrie<QualifierWord> qualifiersBefore = new WordTrie<>();
    final WordTrie<QualifierWord> qualifiersAfter = new WordTrie<>();
    final WordTrie<QualifierWord> qualifiersInside = new WordTrie<>();
    final WordTrie<QualifierWord> qualifierVerbs = new WordTrie<>();
    final WordTrie<QualifierWord> qualifiersAhead = new WordTrie<>();
    final WordTrie<QualifierWord> sizeClasses = new WordTrie<>();
    final WordTrie<Boolean> namesAfter = new WordTrie<>();
    final WordTrie<Boolean> nameTails = new WordTrie<>();
    final WordTrie<String> bases = new WordTrie<>();
    final WordTrie<Boolean> rangeMarks = new WordTrie<>();
    final WordTrie<String> words = new WordTrie<>();
    final WordTrie<Boolean> meetings = new WordTrie<>();
    final WordTrie<Boolean> listSeparators = new WordTrie<>();
    /** Chars that are never a unit, by char: a bit set, as the scanner asks it per char. */
    final BitSet notUnits = new BitSet();
    private final List<Row> rows = new ArrayList<>();

    private static final class Holder {
        static final Lexicon STANDARD = new Lexicon();
    }

    /** The lexicon from the bundled tables; loaded on first use. */
    public static Lexicon standard() {
        return Holder.STANDARD;
    }

    private Lexicon() {
        for (Row r : read("units.tsv")) {
            units.put(r.columns.get(0), new Unit(r.columns.get(1), Dimension.valueOf(r.columns.get(2))));
        }
        for (Row r : read("magnitudes.tsv")) {
            magnitudes.put(r.columns.get(0), Magnitude.valueOf(r.columns.get(1)));
        }
        for (Row r : read("changes.tsv")) {
            changes.put(r.columns.get(0), Direction.valueOf(r.columns.get(1)));
            if (!r.columns.get(2).equals("-")) {
                Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
                for (String d : r.columns.get(2).split(",")) {
                    dims.add(Dimension.valueOf(d));
                }
                changeGoverns.put(r.columns.get(0), dims);
            }
        }
        for (Row r : read("levels.tsv")) {
            levels.put(r.columns.get(0), Boolean.TRUE);
        }
        for (Row r : read("qualifiers.tsv")) {
            Position p = Position.valueOf(r.columns.get(1));
            QualifierWord q = new QualifierWord(p == Position.NOT ? null : Qualifier.valueOf(r.columns.get(2)), p);
            WordTrie<QualifierWord> trie = switch (p) {
                case BEFORE, NOT -> qualifiersBefore;
                case AFTER -> qualifiersAfter;
                case INSIDE -> qualifiersInside;
                case VERB -> qualifierVerbs;
                case AHEAD -> qualifiersAhead;
                case CLASS -> sizeClasses;
            };
            trie.put(r.columns.get(0), q);
        }
        for (Row r : read("bases.tsv")) {
            bases.put(r.columns.get(0), r.columns.get(0));
        }
        for (Row r : read("ranges.tsv")) {
            rangeMarks.put(r.columns.get(0), Boolean.TRUE);
        }
        for (Row r : read("words.tsv")) {
            String category = r.columns.get(0);
            String word = r.columns.get(1);
            switch (category) {
                case "MEETING" -> meetings.put(word, Boolean.TRUE);
                case "LIST" -> listSeparators.put(word, Boolean.TRUE);
                case "NOT_UNIT" -> notUnits.set(word.charAt(0));
                case "NAME_AFTER" -> namesAfter.put(word, Boolean.TRUE);
                case "NAME_TAIL" -> nameTails.put(word, Boolean.TRUE);
                default -> words.put(word, category);
            }
        }
    }

    /**
     * True when the change word {@code word} may change an amount in {@code unit} (null: no unit, allowed):
     * 增收 changes money and rates, not a count of measures (促农民增收22条).
     */
    boolean governs(String word, Unit unit) {
        Set<Dimension> dims = changeGoverns.get(word);
        return dims == null || unit == null || dims.contains(unit.dimension());
    }

    /** Every row of every table, in table order. */
    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** Every distinct char that occurs in a table's words (not in examples). */
    public Set<Character> wordChars() {
        Set<Character> chars = new HashSet<>();
        for (Row r : rows) {
            String word = r.table.equals("words.tsv") ? r.columns.get(1) : r.columns.get(0);
            word.chars().forEach(c -> chars.add((char) c));
        }
        return chars;
    }

    private List<Row> read(String table) {
        List<Row> read = readTable(BASE, table);
        rows.addAll(read);
        return read;
    }

    /**
     * Reads a tab-separated table from the class path: one row per line, {@code #} lines and blank lines
     * skipped.
     *
     * @param folder the resource folder, with leading and trailing slashes
     * @param table the file name in it
     * @throws IllegalStateException if the table is missing
     */
    public static List<Row> readTable(String folder, String table) {
        List<Row> read = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(folder + table)) {
            if (in == null) {
                throw new IllegalStateException("table missing from the class path: " + folder + table);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                read.add(new Row(table, List.of(line.split("\t", -1))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table " + folder + table, e);
        }
        return read;
    }
}
