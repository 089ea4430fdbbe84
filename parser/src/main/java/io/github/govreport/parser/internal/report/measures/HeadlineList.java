package io.github.govreport.parser.internal.report.measures;

import io.github.govreport.core.ValueMention;
import io.github.govreport.model.YearSpan;
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
 *
 * <p>A list is the year's only where its opener's sentence, or its own first words, name no other time
 * than the year planned: a five-year plan's list (今后五年的主要目标是：, 主要目标是：到2030年，…) is passed over
 * for the next, and so is an opener whose list holds no figure (奋斗目标是：坚持…). In a part the outline
 * reads as the five-year plan's (奋力实现“十五五”良好开局), a list is the year's where its sentence or the
 * part's topic (今年是“十五五”开局之年) names the year planned.
 */
final class HeadlineList {

    private static final String ITEM_MARKS = "—-*•·①②③④⑤⑥⑦⑧⑨⑩(";

    private HeadlineList() {}

    /**
     * The list as [start, end) offsets of the text as given, or null when the report has none; {@code
     * statements} reads the times of the sentences that open a list, {@code planYear} is the year planned
     * or null.
     */
    static int[] find(ReportText text, Outline outline, List<ValueMention> mentions, Statements statements, Integer planYear) {
        StatementWords words = StatementWords.standard();
        Times times = new Times(statements, planYear);
        int[] list = find(text, outline, words, words.listOpeners, mentions, false, times, -1);
        if (list != null) {
            return list;
        }
        // where a list was there but not for the year planned (a five-year plan's), the year's plan comes
        // after it, in the plan's own part: prose elsewhere is more often a result of a review the outline
        // could not tell (五年新增就业97.4万人，失业率控制在2%以内)
        return find(text, outline, words, words.proseOpeners, mentions, true, new Times(statements, planYear), times.firstLooked);
    }

    private static int[] find(ReportText text, Outline outline, StatementWords words, List<String> openers, List<ValueMention> mentions,
            boolean prose, Times times, int after) {
        List<ReportText.Line> lines = text.lines();
        for (int i = Math.max(outline.bodyStart, after); i < outline.bodyEnd; i++) {
            ReportText.Line line = lines.get(i);
            Part part = outline.partOf(i);
            if (line.isBlank() || part == Part.REVIEW || part == Part.GLOSSARY || part == Part.SELF || prose && part == Part.FIVE_YEAR
                    || after >= 0 && part != Part.PLAN) {
                continue;
            }
            int key = -1;
            String opener = null;
            int searchFrom = 0;
            for (int tries = 1; ; tries++) {
                key = -1;
                for (String o : openers) {
                    int k = line.clean.indexOf(o, searchFrom);
                    if (k >= 0 && (key < 0 || k < key)) {
                        key = k;
                        opener = o;
                    }
                }
                if (key < 0 || !namesPlanDocument(line.clean, key, words.planDocuments)) {
                    break; // the year's opener, or none
                }
                // 《纲要》提出的奋斗目标是：… is the five-year plan's list, whatever part it stands in: the year's may
                // follow; a line of many such lists is given up after a few, so that no line is searched again and again
                if (tries == MAX_OPENERS_PER_LINE) {
                    key = -1;
                    break;
                }
                searchFrom = key + opener.length();
            }
            if (key < 0) {
                continue;
            }
            int from = prose ? sentenceStart(line.clean, key) : key + opener.length();
            if (prose && valuesIn(mentions, line.offset(from), line.cleanEnd()) < 2) {
                continue;
            }
            Outline.Node node = outline.nodeOf(i);
            boolean emptyAfter = isEmptyAfter(line.clean, from);
            // a heading's section is the list only where the heading ends with the opener: a heading line
            // that runs on into its paragraph (三、2026年的重点工作 … 主要预期目标是：…) holds its list itself
            boolean heading = node != null && node.heading.line() == line && emptyAfter;
            ReportText.Line first = line;
            if (emptyAfter) {
                // the opener ends its line (主要预期目标 / 是：…) or is a heading: the list is what follows
                int j = nextNonBlank(lines, i, outline.bodyEnd);
                if (j >= outline.bodyEnd) {
                    return null;
                }
                first = lines.get(j);
                from = 0;
            }
            if (!times.forYearPlanned(prose ? null : line, key + opener.length(), first, from, part)) {
                continue; // the goals of a five-year plan (今后五年的主要目标是：), or of a year not planned
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
            if (valuesIn(mentions, first.offset(from), last.offset(to)) == 0) {
                continue; // words with no figure (指导思想和奋斗目标是：坚持…): no list of targets
            }
            return new int[] {first.offset(from), last.offset(to)};
        }
        return null;
    }

    /**
     * Whether an opener speaks of the year planned, by the times its sentence names: one look at each opener,
     * in text order, with a reader of its own that starts again should a look go back.
     */
    private static final class Times {
        /** How many chars of a list are read for a time that opens it (到2025年，…; “十四五”期间，…). */
        private static final int LIST_OPENING = 8;

        private final Statements statements;
        private final YearSpan planned;
        /** The line of the first opener looked at, whether or not its list was taken; -1 before. */
        int firstLooked = -1;
        private Statements reader;
        private int lastLine = -1;
        private int lastAt;

        Times(Statements statements, Integer planYear) {
            this.statements = statements;
            this.planned = planYear == null ? null : YearSpan.of(planYear);
        }

        /**
         * True unless the opener's sentence, read to {@code openerEnd}, or the list's first words name a time
         * other than the year planned; in a five-year part, only where one of them or the part's topic (今年是
         * “十四五”开局之年) names the year planned, since an opener there that names no time is the plan's. A
         * prose opener ({@code line} null) stands amid its list, and a time before it may be a base
         * (物价涨幅低于去年), so only the list's first words count.
         */
        boolean forYearPlanned(ReportText.Line line, int openerEnd, ReportText.Line first, int from, Part part) {
            if (firstLooked < 0) {
                firstLooked = line == null ? first.index : line.index;
            }
            if (planned == null) {
                return part != Part.FIVE_YEAR;
            }
            YearSpan own = line == null ? null : timeAt(line, openerEnd);
            YearSpan topic = line == null ? null : reader.topic();
            YearSpan opening = timeAt(first, Math.min(first.clean.length(), from + LIST_OPENING));
            YearSpan time = opening != null ? opening : own; // a time that opens the list is the list's
            if (time != null) {
                return time.equals(planned);
            }
            return part != Part.FIVE_YEAR || planned.equals(topic);
        }

        private YearSpan timeAt(ReportText.Line line, int at) {
            if (reader == null || line.index < lastLine || line.index == lastLine && at < lastAt) {
                reader = statements.fresh();
            }
            lastLine = line.index;
            lastAt = at;
            return reader.ownTimeAt(line, at);
        }
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

    /** The most openers looked at in one line when the first ones open a plan document's list. */
    private static final int MAX_OPENERS_PER_LINE = 4;

    /**
     * True when the paragraph of an opener names a plan document (纲要) before it, and no 今年 stands between
     * them (按照《纲要》部署，今年的主要预期目标是 is the year's).
     */
    private static boolean namesPlanDocument(String clean, int key, List<String> documents) {
        for (String d : documents) {
            int k = clean.indexOf(d);
            if (k >= 0 && k < key) {
                return clean.lastIndexOf("今年", key - 2) < k;
            }
        }
        return false;
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
