package io.github.govreport.parser.internal.report.outline;

import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.report.text.ReportTables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a heading's words say a part is for, loaded once from {@code report/parts.tsv}. Every row carries
 * an example heading; {@link #rows()} exposes them so that a test reads each one back.
 */
public final class PartWords {

    /** A part word: the part it names and whether it counts only in a heading that names a year. */
    record PartWord(String word, Part part, boolean annual) {}

    private static final class Holder {
        static final PartWords STANDARD = new PartWords();
    }

    final List<PartWord> words = new ArrayList<>();
    private final List<Row> rows;

    /** The bundled table; loaded on first use. */
    public static PartWords standard() {
        return Holder.STANDARD;
    }

    private PartWords() {
        rows = ReportTables.read("parts.tsv");
        for (Row r : rows) {
            String category = r.columns().get(0);
            boolean annual = category.equals("ANNUAL");
            words.add(new PartWord(r.columns().get(1), annual ? Part.PLAN : Part.valueOf(category), annual));
        }
    }

    /** Every row of the table, in table order. */
    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }
}
