package io.github.govreport.parser.internal.report.measures;

import io.github.govreport.core.Span;
import io.github.govreport.model.NoTarget;
import io.github.govreport.parser.internal.report.outline.Outline;
import io.github.govreport.parser.internal.report.outline.Part;
import io.github.govreport.parser.internal.report.text.ReportText;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the statements that a report sets no target for a measure on purpose ({@code 今年不设定年度经济增长具体目标}):
 * a no-target word of {@code report/statements.tsv}, then the measure, then 目标 in the same sentence.
 */
public final class NoTargets {

    private static final int WINDOW = 32;

    private static final String[] SCOPE = {"全年", "年度", "今年", "本年", "具体", "的", "量化"};

    private NoTargets() {}

    /**
     * The statements behind the no-target words that {@link Statements#finish()} found ({line, start, end}
     * in clean indices), outside the review, the glossary and the government's own part.
     */
    public static List<NoTarget> read(ReportText text, Outline outline, List<int[]> words) {
        List<NoTarget> found = new ArrayList<>();
        for (int[] w : words) {
            ReportText.Line line = text.lines().get(w[0]);
            Part part = outline.partOf(w[0]);
            if (part == Part.REVIEW || part == Part.GLOSSARY || part == Part.SELF) {
                continue;
            }
            // the measure is short: look no further than a few words, so the scan stays linear
            String window = line.clean.substring(w[2], Math.min(line.clean.length(), w[2] + WINDOW));
            int goal = window.indexOf("目标");
            int stop = window.indexOf('。');
            if (goal < 0 || stop >= 0 && goal > stop) {
                continue;
            }
            String measure = measure(window.substring(0, goal));
            if (!measure.isEmpty() && measure.indexOf(',') < 0) {
                found.add(new NoTarget(measure, new Span(line.offset(w[1]), line.offset(w[2] + goal + 2))));
            }
        }
        return found;
    }

    /** The words between the no-target word and 目标, without scope words: 年度经济增长具体 → 经济增长. */
    private static String measure(String words) {
        String m = words.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String w : SCOPE) {
                if (m.startsWith(w)) {
                    m = m.substring(w.length());
                    changed = true;
                }
                if (m.endsWith(w)) {
                    m = m.substring(0, m.length() - w.length());
                    changed = true;
                }
            }
        }
        return m;
    }
}
