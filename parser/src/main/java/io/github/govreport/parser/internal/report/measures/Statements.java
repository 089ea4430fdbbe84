package io.github.govreport.parser.internal.report.measures;

import io.github.govreport.model.YearSpan;
import io.github.govreport.parser.internal.WordTrie;
import io.github.govreport.parser.internal.report.measures.StatementWords.Kind;
import io.github.govreport.parser.internal.report.outline.Outline;
import io.github.govreport.parser.internal.report.outline.Part;
import io.github.govreport.parser.internal.report.text.ReportText;
import io.github.govreport.parser.internal.report.text.YearMentions;
import io.github.govreport.parser.internal.report.time.FiveYearPlans;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, for each value in text order, whether it states a result of a period reviewed or a goal of a
 * period planned, and which period it describes. The part's heading gives a prior; the sentence's own
 * words decide where they speak: the years and relative years it names (去年, 今年, 2030年, “十四五”), goal
 * words (力争, 计划) and result words (完成, 同比), all from the table {@code report/statements.tsv}. A value
 * whose clause names a part of a year (一季度, 上半年, 1—11月) describes no whole year: its period is unknown,
 * so that a quarter's growth is never taken for the year's.
 *
 * <p>The scan is incremental: each call reads the text from where the last one stopped, so a report is
 * read once whatever the number of its values. Frames last to the end of their sentence; restated goals
 * and span words (年均, 累计) to the end of their clause; a year right after 从 or 由 is the time of the
 * one level that follows it.
 */
public final class Statements {

    /** What a value states. */
    enum Claim {
        /** A result of a period reviewed: an indicator. */
        RESULT,
        /** A goal of a period planned: a target. */
        GOAL,
        /** Neither (a goal restated in the review, a goal of a later horizon in the review): left out. */
        SKIP
    }

    /**
     * What one value states.
     *
     * @param claim result, goal, or neither
     * @param period the period it describes, or null when unknown
     * @param framed true when the sentence named the period (去年, 2030年), false when it came from the heading
     */
    record Statement(Claim claim, YearSpan period, boolean framed) {}

    /** A time a sentence speaks of. */
    private enum FrameType { PAST, TERM, CURRENT, SO_FAR, HORIZON }

    private record Frame(FrameType type, YearSpan period) {}

    /** The chars before a time that make it the base of a change: 比2025年, 较上年, 高于. */
    private static final String BASE_MARKS = "比较于";
    private static final String SENTENCE_ENDS = "。!?";
    private static final String CLAUSE_ENDS = ",;:";
    private static final String MONTH_RANGE_MARKS = "-—–~至到";
    private static final int SENTENCE_END = 1;
    private static final int CLAUSE_END = 2;
    private static final int DIGIT = 4;
    private static final int PLAN_NAME = 8;
    private static final int WORD = 16;
    private static final byte[] CHAR_KINDS = charKinds();
    /** How far into its sentence a time may stand and still set the topic of the sentences after it. */
    private static final int TOPIC_REACH = 2;

    private final ReportText text;
    private final Outline outline;
    private final Integer planYear;
    private final YearSpan review;
    private final boolean decemberReport;
    private final WordTrie<Kind> words = StatementWords.standard().statementWords;
    private final Map<Outline.Node, Frame> headingFrames = new HashMap<>();
    private final List<int[]> noTargetWords = new ArrayList<>();

    // the scan: where it stands, and what the sentence and clause have said so far
    private ReportText.Line line;
    private char[] chars;
    private int pos;
    private Frame headingFrame;
    private Frame frame;
    private Frame fromFrame;
    private int fromEnd = -1;
    private boolean goal;
    private boolean goalNoun;
    private boolean result;
    private boolean restated;
    private boolean span;
    private boolean partOfYear;
    private int digitsSeen; // the end of the last run of digits readMonths read, in this line
    private Statement carry; // what the part last stated, for sentences that say nothing themselves
    private Frame partFrame; // the last time a sentence of the part opened with, for sentences that name none
    private int sentenceStart;
    // the look ahead for a completion word (isCompletedAfter): where it stopped in the line, and what it found
    private int lookEnd = -1;
    private boolean lookCompleted;
    private Part carryPart;

    /**
     * @param planYear the year planned, or null
     * @param review the period reviewed, or null
     * @param decemberReport true for a report delivered in the year before the one it plans (今年 is then the review)
     */
    public Statements(Outline outline, Integer planYear, YearSpan review, boolean decemberReport) {
        this.outline = outline;
        this.text = outline.text;
        this.planYear = planYear;
        this.review = review;
        this.decemberReport = decemberReport;
    }

    /**
     * What the value at clean indices [at, end) of {@code line}, under a part of kind {@code part} (null
     * where no heading says), states. Calls must come in text order.
     */
    Statement at(ReportText.Line line, int at, int end, Part part) {
        advanceTo(line);
        scanTo(at);
        Frame f = fromFrame != null ? fromFrame : frame;
        fromFrame = null;
        Statement s = decide(part, f);
        if (isNamedGoalAfter(end)) {
            s = goalNamedAfter(part, f, s);
        } else if (s.claim() == Claim.GOAL && !goal && !s.framed() && isCompletedAfter(end)) {
            s = result(null, false); // 城镇新增就业8000人，超额完成年度任务: last year's result, summed up after it
        }
        if (s.claim() != Claim.SKIP) {
            carry = s;
        }
        return partOfYear && s.claim() != Claim.SKIP ? new Statement(s.claim(), null, s.framed()) : s;
    }

    /** A reader of the same report from its start: for a look at the times of a few sentences, apart from the values' scan. */
    Statements fresh() {
        return new Statements(outline, planYear, review, decemberReport);
    }

    /**
     * The period the sentence around clean index {@code at} of {@code line} names itself before {@code at}
     * (今年, “十四五”时期, 到2025年), or null where it names none and a heading's time is all it has. Calls
     * come in text order.
     */
    YearSpan ownTimeAt(ReportText.Line line, int at) {
        advanceTo(line);
        scanTo(at);
        return frame != null && frame != headingFrame ? frame.period : null;
    }

    /**
     * The period the part last opened a sentence with (今年是…, 2026年是…), as read by the last {@link
     * #ownTimeAt}; null when none.
     */
    YearSpan topic() {
        return partFrame == null ? null : partFrame.period;
    }

    /**
     * Reads the rest of the body and returns where it says that no target is set (the words of kind
     * NO_TARGET, as {line, start, end} in clean indices), for {@link NoTargets}.
     */
    public List<int[]> finish() {
        if (outline.bodyEnd > outline.bodyStart) {
            advanceTo(text.lines().get(outline.bodyEnd - 1));
            scanTo(chars.length);
        }
        return noTargetWords;
    }

    /** Reads every line before {@code target} to its end, so that what they said (a time, a goal) is known. */
    private void advanceTo(ReportText.Line target) {
        while (line == null || line.index < target.index) {
            if (line != null) {
                scanTo(chars.length);
            }
            enterLine(text.lines().get(line == null ? Math.max(outline.bodyStart, 0) : line.index + 1));
        }
    }

    private void enterLine(ReportText.Line next) {
        line = next;
        chars = next.clean.toCharArray();
        pos = 0;
        lookEnd = -1;
        digitsSeen = 0;
        Outline.Node node = outline.nodeOf(next.index);
        headingFrame = node == null ? null : headingFrame(node);
        Part part = outline.partOf(next.index);
        if (part != carryPart) {
            carryPart = part;
            carry = null;
            partFrame = null;
        }
        startSentence();
    }

    private void startSentence() {
        sentenceStart = pos;
        frame = headingFrame;
        fromFrame = null;
        goal = false;
        goalNoun = false;
        result = false;
        startClause();
    }

    private void startClause() {
        restated = false;
        span = false;
        partOfYear = false;
    }

    /** The frame a heading's words set, inherited by its sub-headings; a top-level heading sets none but a five-year part's. */
    private Frame headingFrame(Outline.Node node) {
        if (headingFrames.containsKey(node)) {
            return headingFrames.get(node);
        }
        Frame f = null;
        if (node.parent != null || node.part == Part.FIVE_YEAR) {
            f = frameOf(node.heading.title());
        }
        if (f == null && node.parent != null) {
            f = headingFrame(node.parent);
        }
        headingFrames.put(node, f);
        return f;
    }

    /** The last frame a heading title sets, read with the same rules as a sentence. */
    private Frame frameOf(String title) {
        Statements reader = new Statements(outline, planYear, review, decemberReport);
        reader.chars = title.toCharArray();
        reader.startSentence();
        reader.scanTo(reader.chars.length);
        return reader.frame;
    }

    private void scanTo(int at) {
        int end = Math.min(at, chars.length);
        while (pos < end) {
            byte kind = CHAR_KINDS[chars[pos]];
            if (kind == 0) {
                pos++; // most chars start nothing: one look-up and on
            } else if ((kind & SENTENCE_END) != 0) {
                pos++;
                startSentence();
            } else if ((kind & CLAUSE_END) != 0) {
                startClause();
                pos++;
            } else if (!((kind & DIGIT) != 0 && (readYear() || readMonths())) && !((kind & PLAN_NAME) != 0 && readFiveYearPlan(end))) {
                WordTrie.Match<Kind> m = (kind & WORD) != 0 ? words.longestAt(chars, pos, end) : null;
                if (m == null) {
                    pos++;
                } else {
                    apply(m.value(), m.start(), m.end());
                    pos = m.end();
                }
            }
        }
    }

    /** What a char may start, for the scan: bits of the kinds below, 0 for nothing. */
    private static byte[] charKinds() {
        byte[] kinds = new byte[Character.MAX_VALUE + 1];
        WordTrie<Kind> trie = StatementWords.standard().statementWords;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            int k = (SENTENCE_ENDS.indexOf(ch) >= 0 ? SENTENCE_END : 0) | (CLAUSE_ENDS.indexOf(ch) >= 0 ? CLAUSE_END : 0)
                    | (YearMentions.isDigit(ch) ? DIGIT : 0) | (FiveYearPlans.canStartWith(ch) ? PLAN_NAME : 0) | (trie.canStartWith(ch) ? WORD : 0);
            kinds[c] = (byte) k;
        }
        return kinds;
    }

    private void apply(Kind kind, int start, int end) {
        switch (kind) {
            case GOAL -> goal = true;
            case GOAL_NOUN -> goalNoun = true;
            case RESULT, COMPLETED -> {
                result = true;
                goalNoun = false;
            }
            case RESTATED -> {
                restated = true;
                goal = true;
            }
            case SPAN -> span = true;
            case PART_OF_YEAR -> partOfYear = true;
            case WHOLE_YEAR -> partOfYear = false;
            case PAST -> set(new Frame(FrameType.PAST, year(-1)), start);
            case CURRENT -> set(decemberReport ? new Frame(FrameType.PAST, year(-1)) : new Frame(FrameType.CURRENT, year(0)), start);
            case CURRENT_SO_FAR -> set(new Frame(FrameType.SO_FAR, year(decemberReport ? -1 : 0)), start);
            case NEXT -> set(new Frame(decemberReport ? FrameType.CURRENT : FrameType.HORIZON, year(decemberReport ? 0 : 1)), start);
            case TERM -> set(new Frame(FrameType.TERM, term()), start);
            case HORIZON -> {
                if (frame == null || frame.type != FrameType.HORIZON) {
                    set(new Frame(FrameType.HORIZON, nextFiveYears()), start);
                }
            }
            case FROM -> fromEnd = pos + 1;
            case NO_TARGET -> {
                if (line != null) {
                    noTargetWords.add(new int[] {line.index, start, end});
                }
            }
            case BASE, IGNORE -> { }
        }
    }

    /** Sets the sentence's frame, or the frame of the next level alone when it stands right after 从 / 由. */
    private void set(Frame f, int start) {
        if (start == fromEnd) {
            fromFrame = f;
        } else {
            frame = f;
            if (start - sentenceStart <= TOPIC_REACH) {
                partFrame = f; // a time that opens a sentence (过去五年，…) sets the topic of what follows
            }
        }
    }

    private YearSpan year(int offset) {
        return planYear == null ? null : YearSpan.of(planYear + offset);
    }

    /** The five years from the one planned on: 今后五年. */
    private YearSpan nextFiveYears() {
        return planYear == null ? null : new YearSpan(planYear, planYear + 4);
    }

    /** The term just ending: the review when it is a term, else the five years before the year planned. */
    private YearSpan term() {
        if (review != null && review.first() < review.last()) {
            return review;
        }
        return planYear == null ? null : new YearSpan(planYear - 5, planYear - 1);
    }

    /** Reads a year or run of years at the scan position ({@link YearMentions}); false when none stands there. */
    private boolean readYear() {
        YearMentions.Years years = YearMentions.at(chars, pos, planYear);
        if (years == null) {
            return false;
        }
        int start = pos;
        pos += years.length();
        if (start > 0 && BASE_MARKS.indexOf(chars[start - 1]) >= 0) {
            return true; // 比2025年增长: the base of a change, not its time
        }
        set(frameFor(new YearSpan(years.first(), years.last())), start);
        return true;
    }

    /**
     * Reads a run of months at the scan position (1—11月, 1至9月; 11个月 after 前), a part of a year; false
     * when none stands there. A single month (12月) is left alone: it dates an event more often than a
     * figure. Each run of digits is read once ({@code digitsSeen}), so a long run costs its length, not its square.
     */
    private boolean readMonths() {
        if (pos < digitsSeen) {
            return false; // inside a run of digits already read: it opens no run of months
        }
        int i = digitsEnd(pos);
        digitsSeen = i;
        int end = -1;
        if (i < chars.length && MONTH_RANGE_MARKS.indexOf(chars[i]) >= 0) {
            int last = digitsEnd(i + 1);
            end = last > i + 1 && last < chars.length && chars[last] == '月' ? last + 1 : -1;
        } else if (pos > 0 && chars[pos - 1] == '前' && i + 1 < chars.length && chars[i] == '个' && chars[i + 1] == '月') {
            end = i + 2;
        }
        if (end < 0) {
            return false; // a numeral may still start a word (一季度)
        }
        partOfYear = true;
        pos = end;
        return true;
    }

    private int digitsEnd(int from) {
        int i = from;
        while (i < chars.length && YearMentions.isDigit(chars[i])) {
            i++;
        }
        return i;
    }

    /** Reads a five-year plan's name (“十四五”, 十五计划) at the scan position; false when none stands there. */
    private boolean readFiveYearPlan(int end) {
        int name = FiveYearPlans.nameAt(chars, pos, end);
        if (name < 0) {
            return false;
        }
        int start = pos;
        pos += name & 0xFF;
        int before = start > 0 && chars[start - 1] == '“' ? start - 2 : start - 1;
        if (before >= 0 && BASE_MARKS.indexOf(chars[before]) >= 0) {
            return true; // 比“十五”末降低20%: the base of a change, not its time
        }
        YearSpan plan = FiveYearPlans.span(name >>> 8);
        int after = pos < chars.length && chars[pos] == '”' ? pos + 1 : pos;
        boolean atEnd = after < chars.length && chars[after] == '末' || after + 1 < chars.length && chars[after] == '期' && chars[after + 1] == '末';
        set(atEnd ? new Frame(FrameType.HORIZON, YearSpan.of(plan.last())) : frameFor(plan), start);
        return true;
    }

    /** A period before the year planned is past (a term when longer than a year); one reaching past it, a horizon. */
    private Frame frameFor(YearSpan p) {
        if (planYear == null) {
            return new Frame(p.first() == p.last() ? FrameType.PAST : FrameType.TERM, p);
        }
        if (decemberReport && p.last() == planYear - 1 && p.first() == p.last()) {
            return new Frame(FrameType.PAST, p);
        }
        if (p.last() < planYear) {
            return new Frame(p.first() == p.last() ? FrameType.PAST : FrameType.TERM, p);
        }
        if (p.first() == planYear && p.last() == planYear) {
            return new Frame(FrameType.CURRENT, p);
        }
        return new Frame(FrameType.HORIZON, p);
    }

    private Statement decide(Part part, Frame f) {
        boolean framed = f != null && f != headingFrame;
        Part prior = part == Part.LIVELIHOOD ? Part.PLAN : part;
        if (prior == Part.REVIEW) {
            if (restated || f != null && f.type == FrameType.HORIZON) {
                return new Statement(Claim.SKIP, null, framed);
            }
            return result(f, framed);
        }
        if (f != null && (f.type == FrameType.PAST || f.type == FrameType.TERM || f.type == FrameType.SO_FAR)) {
            return result(f, framed);
        }
        if (f != null) {
            return new Statement(Claim.GOAL, f.period, framed); // the year planned or a later horizon
        }
        if (prior == Part.PLAN) {
            return new Statement(Claim.GOAL, year(0), false);
        }
        if (prior == Part.FIVE_YEAR) {
            return new Statement(Claim.GOAL, nextFiveYears(), false);
        }
        // no heading says: the sentence's words, in the time the part named last; else what the part
        // said last (a review comes first)
        boolean ahead = isPartAhead();
        if (goal || goalNoun) {
            return new Statement(Claim.GOAL, ahead ? partFrame.period : year(0), false);
        }
        if (result) {
            return result(ahead ? null : partFrame, false);
        }
        if (partFrame != null) {
            return ahead ? new Statement(Claim.GOAL, partFrame.period, false) : result(partFrame, false);
        }
        return carry == null ? result(null, false) : new Statement(carry.claim(), carry.period(), false);
    }

    /** True when the part's topic is the year planned or later. */
    private boolean isPartAhead() {
        return partFrame != null && (partFrame.type == FrameType.HORIZON || partFrame.type == FrameType.CURRENT);
    }

    /**
     * True when the value's sentence goes on to a completion word (超额完成, 完成了) before any goal word.
     * Values come in text order and share the look: a value that ends before where the last one stopped
     * (a sentence end, or the word found) has the same answer, so each char is looked at about once.
     */
    private boolean isCompletedAfter(int end) {
        if (end <= lookEnd) {
            return lookCompleted; // the last look started before end, in this sentence, and met nothing before lookEnd
        }
        int i = end;
        lookCompleted = false;
        while (i < chars.length && (CHAR_KINDS[chars[i]] & SENTENCE_END) == 0) {
            WordTrie.Match<Kind> m = (CHAR_KINDS[chars[i]] & WORD) != 0 ? words.longestAt(chars, i, chars.length) : null;
            if (m != null && (m.value() == Kind.COMPLETED || m.value() == Kind.GOAL)) {
                lookCompleted = m.value() == Kind.COMPLETED;
                break;
            }
            i = m == null ? i + 1 : m.end();
        }
        lookEnd = i;
        return lookCompleted;
    }

    /** True when a goal noun follows the value (增长6%左右的目标): the value is a goal, named after it. */
    private boolean isNamedGoalAfter(int end) {
        int at = end < chars.length && chars[end] == '的' ? end + 1 : end;
        WordTrie.Match<Kind> m = at < chars.length ? words.longestAt(chars, at, chars.length) : null;
        return m != null && (m.value() == Kind.GOAL_NOUN || m.value() == Kind.RESTATED);
    }

    /** A value named a goal after it: left out of a review (it is no outcome), a goal where no heading says. */
    private Statement goalNamedAfter(Part part, Frame f, Statement s) {
        if (part == Part.REVIEW) {
            return new Statement(Claim.SKIP, null, s.framed());
        }
        boolean past = f != null && (f.type == FrameType.PAST || f.type == FrameType.TERM);
        if ((part == null || part == Part.MIXED) && s.claim() == Claim.RESULT && !past) {
            return new Statement(Claim.GOAL, isPartAhead() ? partFrame.period : year(0), false);
        }
        return s;
    }

    private Statement result(Frame f, boolean framed) {
        if (span && (f == null || f.type != FrameType.TERM)) {
            return new Statement(Claim.RESULT, term(), framed);
        }
        if (f == null) {
            return new Statement(Claim.RESULT, review, false);
        }
        return new Statement(Claim.RESULT, f.period, framed); // 今年 in a review: the year planned, so far
    }
}
