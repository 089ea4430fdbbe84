package io.github.govreport.parser.internal.report.text;

import io.github.govreport.parser.ReportProblem;
import java.util.function.Consumer;

/** Turns a problem found at an offset into a {@link ReportProblem} with line, column and excerpt, and hands it on. */
public final class Problems {

    private final ReportText text;
    private final Consumer<ReportProblem> sink;

    public Problems(ReportText text, Consumer<ReportProblem> sink) {
        this.text = text;
        this.sink = sink;
    }

    /** Reports a problem at {@code offset} of the text as given. */
    public void report(ReportProblem.Type type, int offset, String message) {
        String all = text.text();
        int at = Math.max(0, Math.min(offset, all.length()));
        ReportText.Line line = text.lines().isEmpty() ? null : text.lineAt(at);
        // the text's own line, which a block tag (<br>) cutting it into several lines does not change
        int lineNumber = line == null ? 1 : line.physical + 1;
        int column = line == null ? at + 1 : at - line.physicalStart + 1;
        int from = Math.max(line == null ? 0 : line.start, at - 15);
        int to = Math.min(line == null ? all.length() : line.end, at + 25);
        String excerpt = collapseSpaces(all, from, Math.max(from, to));
        sink.accept(new ReportProblem(type, at, lineNumber, column, excerpt, message));
    }

    /** The text of [from, to) with each run of white space as one space, trimmed; no regular expression per problem. */
    private static String collapseSpaces(String all, int from, int to) {
        StringBuilder s = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = all.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') { // the white space of the regular expression \s
                space = true;
            } else {
                if (space && s.length() > 0) {
                    s.append(' ');
                    space = false;
                }
                s.append(c);
            }
        }
        return s.toString().strip();
    }
}
