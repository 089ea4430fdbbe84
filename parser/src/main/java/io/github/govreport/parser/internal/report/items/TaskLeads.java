package io.github.govreport.parser.internal.report.items;

import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.WordTrie;
import io.github.govreport.parser.internal.report.text.ReportTables;
import java.util.Collections;
import java.util.List;

/**
 * The words that tell a lead sentence of the plan, loaded once from {@code report/task-leads.tsv}: the action
 * words that open one (推进, 加快 …), the manner words that may come before the action (千方百计, 坚定不移 …),
 * and the statement words that make a short sentence state rather than act (今年是关键的一年), less the joiners
 * whose 是 states nothing (加快开发区特别是园区建设). Every row
 * carries an example paragraph; {@link #rows()} exposes them so that a test reads each one back.
 */
public final class TaskLeads {

    private static final class Holder {
        static final TaskLeads STANDARD = new TaskLeads();
    }

    /** The most manner words read before the action word: 坚定不移 + 全面 + 推进. */
    private static final int MAX_MANNERS = 2;

    /** ACTION and MANNER words, each mapped to its kind. */
    private final WordTrie<String> openers = new WordTrie<>();
    /** STATEMENT words mapped to true, JOINER words (特别是: its 是 joins, it does not state) to false. */
    private final WordTrie<Boolean> statements = new WordTrie<>();
    private final List<Row> rows;

    /** The bundled table; loaded on first use. */
    public static TaskLeads standard() {
        return Holder.STANDARD;
    }

    private TaskLeads() {
        rows = ReportTables.read("task-leads.tsv");
        for (Row r : rows) {
            String kind = r.columns().get(0);
            switch (kind) {
                case "ACTION", "MANNER" -> openers.put(r.columns().get(1), kind);
                case "STATEMENT" -> statements.put(r.columns().get(1), Boolean.TRUE);
                case "JOINER" -> statements.put(r.columns().get(1), Boolean.FALSE);
                default -> throw new IllegalStateException("task-leads.tsv: no kind " + kind);
            }
        }
    }

    /** True when chars[from, to) opens with an action word, after at most two manner words (千方百计促进…). */
    boolean opensWithAction(char[] chars, int from, int to) {
        int at = from;
        for (int k = 0; k <= MAX_MANNERS; k++) {
            WordTrie.Match<String> m = openers.longestAt(chars, at, to);
            if (m == null) {
                return false;
            }
            if (m.value().equals("ACTION")) {
                return true;
            }
            at = m.end();
        }
        return false;
    }

    /** True when {@code title} opens with an action word, after at most two manner words. */
    boolean opensWithAction(String title) {
        return !title.isEmpty() && opensWithAction(title.toCharArray(), 0, title.length());
    }

    /** True when chars[from, to) holds a statement word: the sentence states (今年是关键的一年), it names no action. */
    boolean states(char[] chars, int from, int to) {
        int i = from;
        while (i < to) {
            WordTrie.Match<Boolean> m = statements.canStartWith(chars[i]) ? statements.longestAt(chars, i, to) : null;
            if (m != null && m.value()) {
                return true;
            }
            i = m == null ? i + 1 : m.end(); // a joiner (特别是) is passed whole
        }
        return false;
    }

    /** Every row of the table, in table order. */
    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }
}
