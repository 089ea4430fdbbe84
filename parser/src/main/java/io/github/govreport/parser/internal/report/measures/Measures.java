package io.github.govreport.parser.internal.report.measures;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Span;
import io.github.govreport.core.Unit;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Sense;
import io.github.govreport.model.Target;
import io.github.govreport.model.YearSpan;
import io.github.govreport.parser.ReportProblem;
import io.github.govreport.parser.internal.report.outline.Outline;
import io.github.govreport.parser.internal.report.outline.Part;
import io.github.govreport.parser.internal.report.text.Problems;
import io.github.govreport.parser.internal.report.text.ReportText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gives each value mention to an indicator or a target, as {@link Statements} decides from the part and
 * the sentence: a result of a period reviewed is an indicator of that period, a goal is a target of the
 * period it is set for (a headline target only on the headline list and for the year planned). A value whose clause names a measure starts a new one. A value with no name of its own completes the
 * one before it in the same sentence ({@code 完成356.7亿元，增长6.5%}: a level, then its change), or, where
 * that one is complete, repeats its name: in a list after a distributive 分别 ({@code 分别增长6.1%和7.3%},
 * where a list name such as 城乡居民收入 splits into its members), in a floor-and-stretch pair ({@code
 * 增长5%以上、力争达到6%}), and from one level to the next ({@code 由10亿元增加到18亿元}). Any other value
 * without a name is reported, not guessed.
 */
public final class Measures {

    /** One measure being built: a name and its values so far. */
    private static final class Draft {
        final String name;
        Statements.Claim claim;
        YearSpan period;
        ValueMention value;
        ValueMention change;
        int start;
        int end;
        int line;
        int cleanEnd;
        boolean headline;
        boolean stretch;
        /** True when its clause distributes values over a list (分别): a value after it is the next member. */
        boolean distributive;

        /** True when its one value is every list member's (均增长6.8%): the list is read as its members. */
        boolean shared;

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
            d.claim = claim;
            d.period = period;
            d.value = value;
            d.change = change;
            d.start = start;
            d.end = end;
            d.cleanEnd = cleanEnd;
            d.headline = headline;
            d.stretch = stretch;
            d.listName = listName;
            d.listIndex = listIndex;
            d.distributive = distributive;
            d.shared = shared;
            return d;
        }
    }

    private final ReportText text;
    private final Outline outline;
    private final Problems problems;
    public final List<Indicator> indicators = new ArrayList<>();
    public final List<Target> targets = new ArrayList<>();
    /** The headline list as [start, end) offsets of the text as given, or null. */
    int[] headlineList;

    public Measures(ReportText text, Outline outline, List<ValueMention> mentions, Statements statements, Integer planYear, Problems problems) {
        this.text = text;
        this.outline = outline;
        this.problems = problems;
        this.headlineList = HeadlineList.find(text, outline, mentions, statements, planYear);
        if (headlineList == null && outline.firstRoot(Part.PLAN) != null) {
            problems.report(ReportProblem.Type.NO_TARGET_LIST, outline.text.lines().get(outline.firstRoot(Part.PLAN).heading.line().index).start,
                    "the plan part has no list of main expected targets");
        }
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            ValueMention m = mentions.get(i);
            if (m.value().kind() == Kind.DATE || isSmallChineseCount(m)) {
                continue;
            }
            ReportText.Line line = text.lineAt(m.start());
            if (line.index < outline.bodyStart || line.index >= outline.bodyEnd) {
                continue;
            }
            Part part = outline.partOf(line.index);
            if (part == Part.SELF || part == Part.GLOSSARY || part == Part.APPENDIX) {
                continue;
            }
            Statements.Statement statement = statements.at(line, line.cleanIndexOf(m.start()), line.cleanIndexOf(m.end()), part);
            boolean listed = headlineList != null && m.start() >= headlineList[0] && m.end() <= headlineList[1];
            if (listed && !statement.framed()) {
                statement = new Statements.Statement(Statements.Claim.GOAL, planYear == null ? null : YearSpan.of(planYear), false);
            }
            if (statement.claim() != Statements.Claim.SKIP) {
                boolean headline = listed && statement.claim() == Statements.Claim.GOAL
                        && (planYear == null || YearSpan.of(planYear).equals(statement.period()));
                place(m, i > 0 ? mentions.get(i - 1) : null, i + 1 < mentions.size() ? mentions.get(i + 1) : null, line, drafts,
                        headline, statement);
            }
        }
        Concepts concepts = Concepts.standard();
        TargetSenses senses = TargetSenses.standard();
        String all = text.text();
        for (Draft d : drafts) {
            for (String name : namesOf(d, concepts)) {
                String concept = concepts.of(name);
                if (d.claim == Statements.Claim.RESULT) {
                    indicators.add(new Indicator(name, d.value, d.change, d.period, new Span(d.start, d.end), concept));
                } else {
                    Sense sense = senses.of(all, d.start, d.value, d.change, concept);
                    targets.add(new Target(name, d.value, d.change, d.period, new Span(d.start, d.end), d.headline, d.stretch,
                            concept, sense));
                }
            }
        }
    }

    /**
     * The measures a draft is: one, or, where a list name gave its one value to every member (城乡居民人均可支配收入均增长6.8%),
     * one per member with that value. A list whose values were handed out one by one (分别) is already its
     * members. The list is split only when every member is a concept of the catalog, none the concept
     * of the whole name: a member that is none may be a bad cut (游客人数和旅游总收入 would give 游客人数入),
     * and 城乡居民基础养老金 is one scheme, whose halves would be the same concept again.
     */
    private static List<String> namesOf(Draft d, Concepts concepts) {
        if (!d.shared || !d.name.equals(d.listName) || d.distributive) {
            return List.of(d.name);
        }
        int cut = ListNames.sharedAt(d.listName, 0, d.listName.length());
        // 二氧化硫排放量和化学需氧量均削减: what follows the 均 is the verb, no part of the last member
        List<String> members = ListNames.split(cut > 0 ? d.listName.substring(0, cut) : d.listName);
        if (members == null || members.size() < 2) {
            return List.of(d.name);
        }
        String whole = concepts.of(d.name);
        for (String m : members) {
            String c = concepts.of(m);
            if (c == null || c.equals(whole)) {
                return List.of(d.name);
            }
        }
        return members;
    }

    /**
     * True when a value is a size that runs into a noun (500千伏输变电工程): a unit of its own that is no
     * count of things or people (6方面109项重大工程 and 64支3231人 count again), then a Chinese char.
     */
    private static boolean specifiesNoun(ValueMention m, String clean, int end) {
        Unit unit = m.value().amount().unit();
        return unit != null && unit.dimension() != Dimension.COUNT && unit.dimension() != Dimension.PERSON
                && end < clean.length() && clean.charAt(end) >= '\u4E00' && clean.charAt(end) <= '\u9FFF';
    }

    private static boolean isCount(ValueMention m) {
        Unit unit = m.value().amount().unit();
        return unit != null && unit.dimension() == Dimension.COUNT;
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

    private void place(ValueMention m, ValueMention before, ValueMention next, ReportText.Line line, List<Draft> drafts, boolean headline, Statements.Statement statement) {
        String clean = line.clean;
        int at = line.cleanIndexOf(m.start());
        boolean goals = statement.claim() == Statements.Claim.GOAL;
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
        Qualifier q = m.value().qualifier();
        Unit unit = m.value().amount().unit();
        boolean time = unit != null && unit.dimension() == Dimension.TIME;
        boolean counted = unit != null && (unit.dimension() == Dimension.COUNT || unit.dimension() == Dimension.PERSON);
        int end = line.cleanIndexOf(m.end());
        if (sameLine && at == previous.cleanEnd && previous.value != null && previous.change == null && isCount(previous.value)
                && specifiesNoun(m, clean, end)) {
            return; // 建成20个500千伏输变电工程: a size right after a count, before a noun, says what is counted
        }
        // the noun after a count may open with a size (20个500千伏输变电工程), never with another count
        int sizeEnd = next != null && next.start() == m.end() && isCount(m) && specifiesNoun(next, clean, line.cleanIndexOf(next.end()))
                ? line.cleanIndexOf(next.end()) : end;
        if (unit != null && MeasureNames.namesAClass(unit.symbol())) {
            return; // 建成220千伏输变电工程: a voltage names a class of project (docs/report.md, "No measure")
        }
        if (MeasureNames.measuresNothing(clean, at, end, q == Qualifier.MORE_THAN || q == Qualifier.AT_LEAST,
                time, counted)) {
            return; // 连续5年, 3—5年内, 投资过10亿元的项目: no measure (docs/report.md, "No measure")
        }
        String name = NameVerbs.withoutAdverb(MeasureNames.before(clean, at, floor));
        if (before != null && before.end() == m.start() && isCount(before) && isCount(m) && line.cleanIndexOf(before.start()) > floor) {
            // 继续实施10大类55项民生实事: a count of kinds right before the count names nothing; a verb before both
            // leaves the name to what follows
            String verb = NameVerbs.withoutAdverb(MeasureNames.before(clean, line.cleanIndexOf(before.start()), floor));
            if (NameVerbs.isBareVerb(verb)) {
                name = verb;
            }
        }
        if (goals && NameVerbs.addressesPopulation(name)) {
            return; // 改造老旧小区30个，惠及居民5000户: the population a plan addresses is no target of its own
        }
        boolean bareVerb = NameVerbs.isBareVerb(name);
        String noun = bareVerb ? MeasureNames.after(clean, end, sizeEnd) : "";
        if (bareVerb && noun.isEmpty()) {
            // 今年先发行1万亿元: a verb alone, with nothing counted after it, names no measure
            problems.report(ReportProblem.Type.UNNAMED_VALUE, m.start(), "only a verb (" + name + ") before " + m.text());
            return;
        }
        boolean scopeAlone = MeasureNames.isScopeAlone(name);
        if ((name.isEmpty() || scopeAlone) && m.value().kind() == Kind.QUANTITY && (counted || unit == null
                && MeasureNames.isCountBeforeNoun(m.text(), clean, end))) {
            // 完成40个老旧小区改造, 有12个村完成道路硬化, ，6家企业完成改制, 实现全市600家医院联网: the count
            // comes first, what follows names it
            String lead = scopeAlone ? "" : MeasureNames.lead(clean, at, floor);
            if (MeasureNames.endsWithConjunction(lead)) {
                lead = ""; // 8个客运站和20个停靠点: the count after 和 opens an item of its own
            }
            if (lead.isEmpty() || NameVerbs.isBareVerb(lead)) {
                noun = MeasureNames.after(clean, end, sizeEnd);
                name = noun.isEmpty() ? (scopeAlone ? name : "") : lead;
            }
        }
        if (!noun.isEmpty() && (name.isEmpty() || !NameVerbs.keepsVerb(name))) {
            name = noun; // 确保7个项目建成投产: rhetoric leaves the name to what is counted
            noun = "";
        }
        if (name.endsWith("等")) {
            // 完成东山路等4条道路改造: the examples before 等 name nothing, the counted noun after the number does
            name = MeasureNames.after(clean, end, sizeEnd);
            noun = "";
        }
        boolean isChange = m.value().change() != null;
        if (MeasureNames.isFromLevel(clean, at, end) && !statement.framed()) {
            // 从41%提高到42%: the level it starts from is the past, the period before the one the sentence speaks of
            YearSpan p = statement.period();
            statement = new Statements.Statement(Statements.Claim.RESULT, p == null ? null : YearSpan.of(p.first() - 1), false);
            goals = false;
        }
        boolean sameSentence = sameLine && sameSentenceAs(previous, line, at);
        boolean sameClaim = previous != null && previous.claim == statement.claim() && Objects.equals(previous.period, statement.period());
        // a stretch goal is the second of a pair of one measure in one sentence: 增长5%以上、力争达到6%; a 力争 goal
        // that names a measure of its own (新建学校3所以上，力争实际利用外资1.2亿美元) is a plain target
        boolean stretch = goals && sameSentence && MeasureNames.isStretch(clean, at, floor)
                && (name.isEmpty() || sameMeasure(name, previous.name)) && sameDimension(m, previous);
        Draft d;
        boolean member = false;
        boolean completes = previous != null && !previous.distributive && (isChange ? previous.change == null : previous.value == null);
        if (name.isEmpty() && sameSentence && sameClaim && !stretch && completes) {
            d = previous; // the change (or level) of the measure just named
        } else if (name.isEmpty() && sameSentence && (stretch || !sameClaim || MeasureNames.onlyListBetween(clean, previous.cleanEnd, at)
                || MeasureNames.isFromTo(clean, previous.cleanEnd, at))) {
            // a list after 分别, or a stretch goal: the name again, or the list member's own name
            List<String> members = stretch ? null : ListNames.split(previous.listName);
            int index = previous.listIndex + 1;
            boolean own = members != null && index < members.size();
            if (own && index == 1) {
                drafts.set(drafts.size() - 1, previous.renamed(members.get(0)));
            }
            d = new Draft(own ? members.get(index) : previous.name, line.index);
            member = previous.distributive;
            d.listName = previous.listName;
            d.listIndex = index;
            drafts.add(d);
        } else if (name.isEmpty()) {
            problems.report(ReportProblem.Type.UNNAMED_VALUE, m.start(), "no measure name before " + m.text());
            return;
        } else {
            int nameAt = lastIndexWithin(clean, name, at, MeasureNames.LOOK_BACK);
            if (nameAt >= 0) {
                // 新建12所学校: a bare verb takes the noun after the number, 新建学校
                d = new Draft(line.original(text.text(), nameAt, nameAt + name.length()) + noun, line.index);
                d.start = line.offset(nameAt);
            } else {
                // the name was cleaned of note markers ([3]) and no longer stands in the line as such
                d = new Draft(name, line.index);
                d.start = m.start();
            }
            d.shared = MeasureNames.isShared(clean, at, floor);
            drafts.add(d);
        }
        d.claim = statement.claim();
        d.period = statement.period();
        d.distributive |= MeasureNames.isDistributive(clean, at, floor);
        if (d.value == null && d.change == null && d.start == 0) {
            d.start = m.start();
        }
        if ((stretch || member) && !isChange && previous.change != null
                && (previous.value == null || stretch && m.value().kind() == Kind.PERCENT)) {
            // 力争达到6% after 增长5%以上 aims at the same change, higher; 分别再提高30元和5元 raises both
            m = new ValueMention(m.span(), m.text(), m.value().withChange(previous.change.value().change()));
            isChange = true;
        }
        if (isChange) {
            d.change = m;
        } else {
            d.value = m;
        }
        d.end = m.end();
        d.cleanEnd = end;
        d.headline = headline;
        d.stretch |= stretch && d != previous;
    }

    /**
     * True when a value may be a second goal of the measure before: a level of the same dimension as its level
     * (粮食产量100万吨以上，力争105万吨), or a change where it has one (增长5%以上、力争6%). 160万亩 and 22万吨
     * are two measures.
     */
    private static boolean sameDimension(ValueMention m, Draft previous) {
        boolean change = m.value().change() != null || m.value().kind() == Kind.PERCENT;
        if (previous.change != null && (change || previous.value == null)) {
            return true; // 增长15%，力争17%: the second goal of the change
        }
        if (previous.value == null || m.value().change() != null) {
            return false;
        }
        Unit a = m.value().amount().unit();
        Unit b = previous.value.value().amount().unit();
        return a == null ? b == null : b != null && a.dimension() == b.dimension();
    }

    /** True when two names are one measure: the same words, or the same concept of the catalog (GDP, 地区生产总值). */
    private static boolean sameMeasure(String name, String previous) {
        if (name.equals(previous)) {
            return true;
        }
        String concept = Concepts.standard().of(name);
        return concept != null && concept.equals(Concepts.standard().of(previous));
    }

    /** True when no sentence ends between the previous measure's last value and clean index {@code at}. */
    private boolean sameSentenceAs(Draft previous, ReportText.Line line, int at) {
        return previous != null && previous.line == line.index && previous.cleanEnd <= at && lastStopBefore(line, at) < previous.cleanEnd;
    }

    // where the scan for sentence ends stands: values come in text order, so each char is looked at once
    private int stopLine = -1;
    private int stopScanned;
    private int lastStop;

    /** The clean index of the last 。 before {@code at} on {@code line}, or -1. */
    private int lastStopBefore(ReportText.Line line, int at) {
        if (line.index != stopLine) {
            stopLine = line.index;
            stopScanned = 0;
            lastStop = -1;
        }
        for (; stopScanned < at && stopScanned < line.clean.length(); stopScanned++) {
            if (line.clean.charAt(stopScanned) == '。') {
                lastStop = stopScanned;
            }
        }
        return lastStop;
    }

    /** {@code s.lastIndexOf(word, at)}, looking back no more than {@code reach} chars before {@code at}; -1 if none. */
    private static int lastIndexWithin(String s, String word, int at, int reach) {
        int floor = Math.max(0, at - word.length() - reach);
        for (int i = Math.min(at, s.length() - word.length()); i >= floor; i--) {
            if (s.startsWith(word, i)) {
                return i;
            }
        }
        return -1;
    }
}
