package io.github.govreport.parser.internal.report.items;

import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.WordTrie;
import io.github.govreport.parser.internal.report.text.ReportTables;
import java.util.Collections;
import java.util.List;

/**
 * The action words that open a lead sentence of the plan, loaded once from {@code report/task-leads.tsv}.
 * Every row carries an example paragraph; {@link #rows()} exposes them so that a test reads each one back.
 */
public final class TaskLeads {

    private static final class Holder {
        static final TaskLeads STANDARD = new TaskLeads();
    }

    final WordTrie<Boolean> actions = new WordTrie<>();
    private final List<Row> rows;

    /** The bundled table; loaded on first use. */
    public static TaskLeads standard() {
        return Holder.STANDARD;
    }

    private TaskLeads() {
        rows = ReportTables.read("task-leads.tsv");
        for (Row r : rows) {
            actions.put(r.columns().get(1), Boolean.TRUE);
        }
    }

    /** Every row of the table, in table order. */
    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }
}
