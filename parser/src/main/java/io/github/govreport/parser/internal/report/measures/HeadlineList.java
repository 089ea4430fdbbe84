package io.github.govreport.parser.internal.report.measures;

import io.github.govreport.core.ValueMention;
import io.github.govreport.parser.internal.report.outline.Outline;
import io.github.govreport.parser.internal.report.outline.Part;
import io.github.govreport.parser.internal.report.text.ReportText;
import java.util.List;

/**
 * Finds where a report states its main expected targets: the list after an opener of the table {@code
 * report/target-lists.tsv} (主要预期目标是, 预期目标定为 …), on its line or, where the opener ends its line
 * or stands in a heading, in the paragraphs that follow; a list goes on over lines that are its items
 * (——, 1., (一)) or that the line before leaves open (；, ：). Without such a list, the plan paragraph
 * that opens with a prose opener (国民经济和社会发展的主要目标, 计划增长) and states two values or more. A
 * sentence that opens with an end word (上述, 实现这些目标) ends the list.
 */
final class HeadlineList {

    private static final String ITEM_MARKS = "—-*•·①②③④⑤⑥⑦⑧⑨⑩(";

    private HeadlineList() {}

    /** The list as [start, end) offsets of the text as given, or null when the report has none. */
    static int[] find(ReportText text, Outline outline, List<ValueMention> mentions) {
        StatementWords words = StatementWords.standard();
        int[] list = find(text, outline, words.listOpeners, mentions, false);
        return list != null ? list : find(text, outline, words.proseOpeners, mentions, true);
    }

    private static int[] find(ReportText text, Outline outline, List<String> openers, List<ValueMention> mentions, boolean prose) {
        List<ReportText.Line> lines = text.lines();
        for (int i = outline.bodyStart; i < outline.bodyEnd; i++) {
            ReportText.Line line = lines.get(i);
            Part part = outline.partOf(i);
            if (line.isBlank() || part == Part.REVIEW || part == Part.FIVE_YEAR || part == Part.GLOSSARY || part == Part.SELF) {
                continue;
            }
            int key = -1;
            String opener = null;
            for (String o : openers) {
                int k = line.clean.indexOf(o);
                if (k >= 0 && (key < 0 || k < key)) {
                    key = k;
                    opener = o;
                }
            }
            if (key < 0) {
                continue;
            }
            int from = prose ? sentenceStart(line.clean, key) : key + opener.length();
            if (prose && valuesIn(mentions, line.offset(from), line.cleanEnd()) < 2) {
                continue;
            }
            Outline.Node node = outline.nodeOf(i);
            boolean heading = node != null && node.heading.line() == line;
            ReportText.Line first = line;
            if (isEmptyAfter(line.clean, from)) {
                // the opener ends its line (主要预期目标 / 是：…) or is a heading: the list is what follows
                int j = nextNonBlank(lines, i, outline.bodyEnd);
                if (j >= outline.bodyEnd) {
                    return null;
                }
                first = lines.get(j);
                from = 0;
            }
            int to = endIn(first.clean, from);
            ReportText.Line last = first;
            int limit = heading ? node.endLine : outline.bodyEnd;
            while (to == last.clean.length()) {
                int j = nextNonBlank(lines, last.index, limit);
                if (j >= limit || !(heading || continues(last.clean, lines.get(j).clean))) {
                    break;
                }
                last = lines.get(j);
                to = endIn(last.clean, 0);
            }
            return new int[] {first.offset(from), last.offset(to)};
        }
        return null;
    }

    /**
     * True when the list on {@code line} goes on in {@code next}: the line leaves it open (；, ：), or both
     * are items marked alike (——, 1.), so that a numbered section after the list is not taken for an item.
     */
    private static boolean continues(String line, String next) {
        char end = line.charAt(line.length() - 1);
        if (end == ';' || end == ':' || end == ',') {
            return true;
        }
        return itemMark(line) != 0 && itemMark(line) == itemMark(next);
    }

    /** The kind of item mark a line opens with: its first char, '1' for any digit, 0 for none. */
    private static char itemMark(String s) {
        char first = s.charAt(0);
        if (Character.isDigit(first)) {
            return s.length() > 1 && (s.charAt(1) == '.' || s.charAt(1) == '、' || Character.isDigit(s.charAt(1))) ? '1' : 0;
        }
        return ITEM_MARKS.indexOf(first) >= 0 ? first : 0;
    }

    private static boolean isEmptyAfter(String clean, int from) {
        for (int i = from; i < clean.length(); i++) {
            if ("是为: ".indexOf(clean.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Where the list on a line ends: at the first sentence after {@code from} that opens with an end word, else the line's end. */
    private static int endIn(String clean, int from) {
        int to = clean.length();
        for (String end : StatementWords.standard().listEnds) {
            int e = clean.indexOf(end, from);
            while (e > 0 && clean.charAt(e - 1) != '。') {
                e = clean.indexOf(end, e + 1);
            }
            if (e == 0 && from == 0) {
                return 0;
            }
            if (e > from && e < to) {
                to = e;
            }
        }
        return to;
    }

    private static int sentenceStart(String clean, int at) {
        int s = at;
        while (s > 0 && clean.charAt(s - 1) != '。') {
            s--;
        }
        return s;
    }

    private static int nextNonBlank(List<ReportText.Line> lines, int i, int limit) {
        int j = i + 1;
        while (j < limit && lines.get(j).isBlank()) {
            j++;
        }
        return j;
    }

    /** How many mentions start in [from, to); mentions are in text order. */
    private static int valuesIn(List<ValueMention> mentions, int from, int to) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int n = 0;
        for (int k = lo; k < mentions.size() && mentions.get(k).start() < to && n < 2; k++) {
            n++;
        }
        return n;
    }
}
