package io.github.govreport.parser.internal.report;

import io.github.govreport.core.Kind;
import io.github.govreport.core.Span;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Target;
import io.github.govreport.model.YearSpan;
import io.github.govreport.parser.ReportProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each value mention of the review part to an indicator and each of the plan part to a target.
 * A value whose clause names a measure starts a new one. A value with no name of its own completes the
 * one before it in the same sentence ({@code 完成356.7亿元，增长6.5%}: a level, then its change), or, where
 * that one is complete, repeats its name: in a list after a distributive 分别 ({@code 分别增长6.1%和7.3%},
 * where a list name such as 城乡居民收入 splits into its members), in a floor-and-stretch pair ({@code
 * 增长5%以上、力争达到6%}), and from one level to the next ({@code 由10亿元增加到18亿元}). Any other value
 * without a name is reported, not guessed.
 */
final class Measures {

    private static final String[] LIST_KEYS = {"主要预期目标", "主要目标是", "主要目标为", "预期目标是", "预期目标为", "预期目标:"};
    private static final String[] LIST_ENDS = {"上述", "实现这些目标", "这些目标", "这一系列", "围绕实现", "重点抓好", "确定这样的", "提出这样的"};

    /** One measure being built: a name and its values so far. */
    private static final class Draft {
        final String name;
        ValueMention value;
        ValueMention change;
        int start;
        int end;
        int line;
        int cleanEnd;
        boolean headline;
        boolean stretch;

        /** The name the list this measure belongs to was named with (城乡居民收入), and its place in it. */
        String listName;
        int listIndex;

        Draft(String name, int line) {
            this.name = name;
            this.line = line;
            this.listName = name;
        }

        /** The same measure under another name. */
        Draft renamed(String newName) {
            Draft d = new Draft(newName, line);
            d.value = value;
            d.change = change;
            d.start = start;
            d.end = end;
            d.cleanEnd = cleanEnd;
            d.headline = headline;
            d.stretch = stretch;
            d.listName = listName;
            d.listIndex = listIndex;
            return d;
        }
    }

    private final ReportText text;
    private final Outline outline;
    private final Problems problems;
    final List<Indicator> indicators = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();
    /** The headline list as [start, end) offsets of the text as given, or null. */
    int[] headlineList;

    Measures(ReportText text, Outline outline, List<ValueMention> mentions, YearSpan reviewPeriod, YearSpan planPeriod,
            Problems problems) {
        this.text = text;
        this.outline = outline;
        this.problems = problems;
        this.headlineList = findHeadlineList();
        if (headlineList == null && outline.firstRoot(Part.PLAN) != null) {
            problems.report(ReportProblem.Type.NO_TARGET_LIST, outline.text.lines().get(outline.firstRoot(Part.PLAN).heading.line().index).start,
                    "the plan part has no list of main expected targets");
        }
        List<Draft> review = new ArrayList<>();
        List<Draft> plan = new ArrayList<>();
        for (ValueMention m : mentions) {
            if (m.value().kind() == Kind.DATE || isSmallChineseCount(m)) {
                continue;
            }
            ReportText.Line line = text.lineAt(m.start());
            Part part = outline.partOf(line.index);
            boolean headline = headlineList != null && m.start() >= headlineList[0] && m.end() <= headlineList[1];
            if (headline || part == Part.PLAN || part == Part.LIVELIHOOD) {
                place(m, line, plan, headline, true);
            } else if (part == Part.REVIEW) {
                place(m, line, review, false, false);
            }
        }
        for (Draft d : review) {
            indicators.add(new Indicator(d.name, d.value, d.change, reviewPeriod, new Span(d.start, d.end)));
        }
        for (Draft d : plan) {
            targets.add(new Target(d.name, d.value, d.change, planPeriod, new Span(d.start, d.end), d.headline, d.stretch));
        }
    }

    /**
     * True for a small count in Chinese numerals (两个, 三项, 十件): in running text these count the items
     * of a list more often than they state a measure.
     */
    private static boolean isSmallChineseCount(ValueMention m) {
        for (int i = 0; i < m.text().length(); i++) {
            char c = m.text().charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９' || c == '百' || c == '千' || c == '万' || c == '亿' || c == '萬' || c == '億') {
                return false;
            }
        }
        return m.value().kind() == Kind.QUANTITY;
    }

    private void place(ValueMention m, ReportText.Line line, List<Draft> drafts, boolean headline, boolean goals) {
        String clean = line.clean;
        int at = line.cleanIndexOf(m.start());
        if (at >= clean.length()) {
            return;
        }
        if (m.text().contains("$") || at > 0 && clean.charAt(at - 1) == '$' || at > 1 && clean.charAt(at - 2) == '$') {
            problems.report(ReportProblem.Type.CORRUPTED_VALUE, m.start(), "a value destroyed in the source: " + m.text());
            return;
        }
        Draft previous = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        boolean sameLine = previous != null && previous.line == line.index && previous.headline == headline;
        int floor = sameLine ? Math.min(previous.cleanEnd, at) : 0;
        String name = MeasureNames.before(clean, at, floor);
        String noun = MeasureNames.isBareVerb(name) ? MeasureNames.after(clean, line.cleanIndexOf(m.end())) : "";
        boolean isChange = m.value().change() != null;
        boolean sameSentence = sameLine && sameSentenceAs(previous, line, at);
        // a stretch goal is the second of a pair in one sentence: 增长5%以上、力争达到6%
        boolean stretch = goals && sameLine && sameSentenceAs(previous, line, at) && MeasureNames.isStretch(clean, at, floor);
        Draft d;
        if (name.isEmpty() && sameSentence && !stretch && (isChange ? previous.change == null : previous.value == null)) {
            d = previous; // the change (or level) of the measure just named
        } else if (name.isEmpty() && sameSentence && (stretch || MeasureNames.onlyListBetween(clean, previous.cleanEnd, at)
                || MeasureNames.isFromTo(clean, previous.cleanEnd, at))) {
            // a list after 分别, or a stretch goal: the name again, or the list member's own name
            List<String> members = stretch ? null : MeasureNames.split(previous.listName);
            int index = previous.listIndex + 1;
            boolean own = members != null && index < members.size();
            if (own && index == 1) {
                drafts.set(drafts.size() - 1, previous.renamed(members.get(0)));
            }
            d = new Draft(own ? members.get(index) : previous.name, line.index);
            d.listName = previous.listName;
            d.listIndex = index;
            drafts.add(d);
        } else if (name.isEmpty()) {
            problems.report(ReportProblem.Type.UNNAMED_VALUE, m.start(), "no measure name before " + m.text());
            return;
        } else {
            int nameAt = clean.lastIndexOf(name, at);
            if (nameAt >= 0) {
                // 新建12所学校: a bare verb takes the noun after the number, 新建学校
                d = new Draft(line.original(text.text(), nameAt, nameAt + name.length()) + noun, line.index);
                d.start = line.offset(nameAt);
            } else {
                // the name was cleaned of note markers ([3]) and no longer stands in the line as such
                d = new Draft(name, line.index);
                d.start = m.start();
            }
            drafts.add(d);
        }
        if (d.value == null && d.change == null && d.start == 0) {
            d.start = m.start();
        }
        if (stretch && !isChange && previous.change != null && previous.value == null) {
            // 力争达到6% after 增长5%以上 aims at the same change, higher
            m = new ValueMention(m.span(), m.text(), m.value().withChange(previous.change.value().change()));
            isChange = true;
        }
        if (isChange) {
            d.change = m;
        } else {
            d.value = m;
        }
        d.end = m.end();
        d.cleanEnd = line.cleanIndexOf(m.end());
        d.headline = headline;
        d.stretch |= stretch && d != previous;
    }

    private static boolean sameSentenceAs(Draft previous, ReportText.Line line, int at) {
        return previous != null && previous.line == line.index && previous.cleanEnd <= at
                && line.clean.substring(previous.cleanEnd, at).indexOf('。') < 0;
    }

    /** The span of the headline target list: after its keyword, to the end of its paragraph or the first commentary sentence. */
    private int[] findHeadlineList() {
        List<ReportText.Line> lines = text.lines();
        for (int i = outline.bodyStart; i < outline.bodyEnd; i++) {
            ReportText.Line line = lines.get(i);
            Part part = outline.partOf(i);
            if (part == Part.REVIEW || part == Part.FIVE_YEAR || part == Part.GLOSSARY) {
                continue;
            }
            for (String key : LIST_KEYS) {
                int k = line.clean.indexOf(key);
                if (k < 0) {
                    continue;
                }
                int from = k + key.length();
                ReportText.Line listLine = line;
                String rest = line.clean.substring(from);
                if (rest.replace("是", "").replace("为", "").replace(":", "").isBlank()) {
                    // the keyword ends its line (主要预期目标 / 是：…): the list is the next paragraph
                    int j = i + 1;
                    while (j < outline.bodyEnd && lines.get(j).isBlank()) {
                        j++;
                    }
                    if (j >= outline.bodyEnd) {
                        return null;
                    }
                    listLine = lines.get(j);
                    from = 0;
                }
                int to = listLine.clean.length();
                for (String end : LIST_ENDS) {
                    int e = listLine.clean.indexOf(end, from);
                    while (e > 0 && listLine.clean.charAt(e - 1) != '。') {
                        e = listLine.clean.indexOf(end, e + 1);
                    }
                    if (e > from && e < to) {
                        to = e;
                    }
                }
                return new int[] {listLine.offset(from), listLine.offset(to)};
            }
        }
        return null;
    }
}
