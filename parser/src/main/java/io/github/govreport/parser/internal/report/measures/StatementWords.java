package io.github.govreport.parser.internal.report.measures;

import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.WordTrie;
import io.github.govreport.parser.internal.report.text.ReportTables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The words that tell what a statement speaks of, loaded once: what time it speaks of and whether it
 * states a result or a goal ({@code report/statements.tsv}), and how a list of headline targets opens and
 * ends ({@code report/target-lists.tsv}). Every row carries an example; {@link #rows()} exposes them so
 * that a test reads each one back.
 */
public final class StatementWords {

    /** What a statement word says. */
    public enum Kind {
        /** A goal word: 预期, 力争, 计划. */
        GOAL,
        /** A goal named as a noun (目标): a goal unless a result word follows (目标顺利实现). */
        GOAL_NOUN,
        /** A result word: 完成, 同比. */
        RESULT,
        /**
         * A task done, said after the values it sums up (超额完成, 完成了): the sentence states results
         * unless a goal word comes first (确保超额完成). Before a value it is a result word.
         */
        COMPLETED,
        /** The year before the one planned: 去年. */
        PAST,
        /** The year planned: 今年. */
        CURRENT,
        /** The year planned as far as it has gone, a result: 今年以来. */
        CURRENT_SO_FAR,
        /** The year after the one planned: 明年. */
        NEXT,
        /** The term just ending, the five years before the year planned: 过去五年. */
        TERM,
        /** A horizon after the year planned: 今后五年, 远景. */
        HORIZON,
        /** A value that covers a whole term: 年均, 累计. */
        SPAN,
        /** A part of a year (一季度, 上半年): the value is no figure of a whole year. */
        PART_OF_YEAR,
        /** The whole year (全年), which ends a part of a year named earlier in the clause. */
        WHOLE_YEAR,
        /** A goal restated in the review: 年初确定. */
        RESTATED,
        /** The base of a change, which names a year without speaking of it: 比去年. */
        BASE,
        /** The start of a from-to pair: 从, 由. */
        FROM,
        /** The report sets no target: 不设定. */
        NO_TARGET,
        /** A longer word that holds a shorter word of another kind: 主要 (not 要). */
        IGNORE
    }

    private static final class Holder {
        static final StatementWords STANDARD = new StatementWords();
    }

    final WordTrie<Kind> statementWords = new WordTrie<>();
    final List<String> listOpeners = new ArrayList<>();
    final List<String> proseOpeners = new ArrayList<>();
    final List<String> listEnds = new ArrayList<>();
    final List<String> planDocuments = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    /** The bundled tables; loaded on first use. */
    public static StatementWords standard() {
        return Holder.STANDARD;
    }

    private StatementWords() {
        for (Row r : read("statements.tsv")) {
            statementWords.put(r.columns().get(1), Kind.valueOf(r.columns().get(0)));
        }
        for (Row r : read("target-lists.tsv")) {
            String word = r.columns().get(1);
            switch (r.columns().get(0)) {
                case "OPENER" -> listOpeners.add(word);
                case "PROSE" -> proseOpeners.add(word);
                case "END" -> listEnds.add(word);
                case "PLAN_DOCUMENT" -> planDocuments.add(word);
                default -> throw new IllegalStateException("unknown kind in target-lists.tsv: " + r);
            }
        }
    }

    private List<Row> read(String table) {
        List<Row> read = ReportTables.read(table);
        rows.addAll(read);
        return read;
    }

    /** Every row of both tables, in table order. */
    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }
}
