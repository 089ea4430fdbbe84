package io.github.govreport.parser.internal.report.time;

import io.github.govreport.model.YearSpan;
import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.report.text.ReportTables;
import java.util.List;

/**
 * The years a review states in words (一年来, 两年来, 五年来, 本届政府), from {@code report/reviews.tsv}: each
 * word gives a span counted back from the year the report plans for.
 */
final class ReviewSpans {

    /** The rows of {@code report/reviews.tsv}: word, first and last year back, example. */
    static final List<Row> ROWS = ReportTables.read("reviews.tsv");

    private ReviewSpans() {}

    /** The span the earliest review word in {@code s} names for a report planning {@code year}, or null. */
    static YearSpan in(String s, int year) {
        int best = -1;
        YearSpan span = null;
        for (Row r : ROWS) {
            int at = s.indexOf(r.columns().get(0));
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                span = new YearSpan(year - Integer.parseInt(r.columns().get(1)), year - Integer.parseInt(r.columns().get(2)));
            }
        }
        return span;
    }
}
