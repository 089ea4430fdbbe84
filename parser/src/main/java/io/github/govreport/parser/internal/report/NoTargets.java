package io.github.govreport.parser.internal.report;

import io.github.govreport.core.Span;
import io.github.govreport.model.NoTarget;
import io.github.govreport.parser.internal.WordTrie;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the statements that a report sets no target for a measure on purpose ({@code 今年不设定年度经济增长具体目标}):
 * a no-target word of {@code report/statements.tsv}, then the measure, then 目标 in the same sentence.
 */
final class NoTargets {

    private static final int WINDOW = 32;

    private static final String[] SCOPE = {"全年", "年度", "今年", "本年", "具体", "的", "量化"};

    private NoTargets() {}

    static List<NoTarget> read(ReportText text, Outline outline) {
        WordTrie<ReportWords.Kind> words = ReportWords.standard().statementWords;
        List<NoTarget> found = new ArrayList<>();
        for (int i = outline.bodyStart; i < outline.bodyEnd; i++) {
            ReportText.Line line = text.lines().get(i);
            Part part = outline.partOf(i);
            if (line.isBlank() || part == Part.REVIEW || part == Part.GLOSSARY || part == Part.SELF) {
                continue;
            }
            char[] chars = line.clean.toCharArray();
            for (int k = 0; k < chars.length; k++) {
                WordTrie.Match<ReportWords.Kind> m = words.longestAt(chars, k, chars.length);
                if (m == null) {
                    continue;
                }
                k = m.end() - 1;
                if (m.value() != ReportWords.Kind.NO_TARGET) {
                    continue;
                }
                // the measure is short: look no further than a few words, so the scan stays linear
                String window = line.clean.substring(m.end(), Math.min(chars.length, m.end() + WINDOW));
                int goal = window.indexOf("目标");
                int stop = window.indexOf('。');
                if (goal < 0 || stop >= 0 && goal > stop) {
                    continue;
                }
                String measure = measure(window.substring(0, goal));
                goal += m.end();
                if (!measure.isEmpty() && measure.indexOf(',') < 0) {
                    found.add(new NoTarget(measure, new Span(line.offset(m.start()), line.offset(goal + 2))));
                }
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
