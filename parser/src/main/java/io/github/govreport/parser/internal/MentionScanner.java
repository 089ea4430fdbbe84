package io.github.govreport.parser.internal;

import io.github.govreport.core.Amount;
import io.github.govreport.core.CalendarDate;
import io.github.govreport.core.Change;
import io.github.govreport.core.Dimension;
import io.github.govreport.core.Direction;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Range;
import io.github.govreport.core.Scalar;
import io.github.govreport.core.Span;
import io.github.govreport.core.Unit;
import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;
import io.github.govreport.parser.internal.AmountReader.Piece;
import io.github.govreport.parser.internal.NumeralReader.Numeral;
import io.github.govreport.parser.internal.WordTrie.Match;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One left-to-right pass over a text that finds its value mentions. Each char is looked at a bounded
 * number of times: the scanner jumps past every numeral run it has read, and looks back or ahead only
 * as far as the longest lexicon word, so the cost is linear in the length of the text.
 *
 * <p>A mention is built in three steps around a numeral: the amount ({@link AmountReader}: numeral,
 * magnitude, unit, or a special form such as 百分之八, 三分之一, 翻两番), an optional second end for a
 * range, and the words around it (change word, basis, qualifiers) found by looking back and ahead. What
 * follows a numeral may make it a name instead ({@link NameGuard}).
 */
public final class MentionScanner {

    /** A mention with the extent of its whole expression, which also covers a basis or level verb. */
    public record Found(ValueMention mention, int expressionStart) {}

    /** Why a numeral was not taken as a mention; strict parsing reports the first one. */
    public record Rejection(int index, String reason) {}

    /** How far back an opening quote still makes a numeral a name (“十三五”). */
    private static final int QUOTE_REACH = 24;

    private final Lexicon lex;
    private final CharSequence original;
    private final char[] f;
    private final int n;
    private final List<Found> found = new ArrayList<>();
    private Rejection firstRejection;

    private int quoteOpen = -1;
    private boolean asciiQuoteOpen;
    private int prevEnd;
    private Change distributed;
    /** The kind of the first item of a distributed list: past a comma the list goes on only in that kind. */
    private Kind distributedKind;
    /** True when 分别 opened the list: its items may be of other kinds than the first (52.1%、2.3倍). */
    private boolean distributedMixed;
    /** A qualifier before a 分别 list (分别超过200亿元和40亿元), for the items that have none of their own. */
    private Qualifier listQualifier;
    /** A change moved from a count that names its object to the number after 的 (降低了9个项目的120项标准). */
    private Change objectChange;
    private int objectChangeAt = ListWords.NO_OBJECT;
    private int codeRunEnd = -1;
    private boolean codeRunHasLetter;


    private final boolean strict;
    private final NameGuard names;
    private final AmountReader amounts;
    private final ResidueGuard residue;
    private final ListWords lists;

    /**
     * Prepares a scan of {@code text}.
     *
     * @param strict true to read one expression as given: the filters that keep names and ordinals out
     *     of running text (a lone Chinese numeral, 一 as an article, list numbers) are off
     */
    public MentionScanner(Lexicon lexicon, CharSequence text, boolean strict) {
        this(lexicon, text, Folding.fold(text), strict);
    }

    /**
     * Prepares a scan of {@code text} whose folded form the caller has made already.
     *
     * @param folded {@code Folding.fold(text)}; read, never written
     */
    public MentionScanner(Lexicon lexicon, CharSequence text, char[] folded, boolean strict) {
        this.lex = lexicon;
        this.strict = strict;
        this.original = text;
        this.f = folded;
        this.n = f.length;
        this.names = new NameGuard(lexicon, f, n, this::nameFollows);
        this.amounts = new AmountReader(lexicon, text, f);
        this.residue = new ResidueGuard(f, n);
        this.lists = new ListWords(lexicon, f, n);
    }

    /** Scans the whole text once and returns the mentions in order. */
    public List<Found> scan() {
        int i = 0;
        while (i < n) {
            char c = f[i];
            byte role = ROLES[c];
            if (role == 0) {
                i++; // most chars: one look-up and on
                continue;
            }
            if ((role & QUOTE_OR_END) != 0) {
                trackQuote(c, i);
            }
            if ((role & MAY_START) != 0 && isNumberStart(i)) {
                i = mentionAt(i);
            } else {
                i++;
            }
        }
        shareUnitsOverLists();
        return found;
    }

    /**
     * 分别提高2.0、1.4和7.6个百分点: a number with no unit right before a list separator takes the unit of
     * the number after it, from the end of the list backwards, so that the unit written once on the last
     * item reaches every item. A following number with a magnitude word is left alone (2、3万人 is unclear).
     */
    private void shareUnitsOverLists() {
        for (int k = found.size() - 2; k >= 0; k--) {
            ValueMention m = found.get(k).mention();
            ValueMention next = found.get(k + 1).mention();
            if (m.value().amount() instanceof Quantity q && q.unit() == null && m.value().qualifier() == Qualifier.EXACT
                    && next.value().amount() instanceof Scalar s && s.unit() != null
                    && oneConjunctionBetween(m.end(), next.start()) && !hasMagnitudeWord(next)) {
                Value shared = new Value(AmountReader.amountOf(q.value(), s.unit()), Qualifier.EXACT, m.value().change());
                found.set(k, new Found(new ValueMention(m.span(), m.text(), shared), found.get(k).expressionStart()));
            }
        }
    }

    /** Only 、 和 及 or 与 (and spaces) between: a comma or semicolon may end a clause, so it shares nothing. */
    private boolean oneConjunctionBetween(int from, int to) {
        int words = 0;
        for (int p = from; p < to; p++) {
            char c = f[p];
            if (c == '、' || c == '和' || c == '及' || c == '与') {
                words++;
            } else if (c != ' ') {
                return false;
            }
        }
        return words == 1;
    }

    /** True when a magnitude word follows the first run of digits of the mention (3万人, not 7.6个百分点). */
    private boolean hasMagnitudeWord(ValueMention m) {
        int p = m.start();
        while (p < m.end() && !NumeralReader.isAsciiDigit(f[p])) {
            p++;
        }
        while (p < m.end() && (NumeralReader.isAsciiDigit(f[p]) || f[p] == '.' || f[p] == ',')) {
            p++;
        }
        return p < m.end() && lex.magnitudes.longestAt(f, p, m.end()) != null;
    }

    /** A char that may start a number. */
    private static final byte MAY_START = 1;
    /** A quotation mark, or a char that closes every open quotation (a line break, 。). */
    private static final byte QUOTE_OR_END = 2;

    /**
     * What each char may do in the scan: one look-up rejects most chars of a text, and keeps the per-char
     * step small enough for the JIT to inline.
     */
    private static final byte[] ROLES = roles();

    private static byte[] roles() {
        byte[] t = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (NumeralReader.isAsciiDigit((char) c) || NumeralReader.chineseDigit((char) c) >= 0) {
                t[c] = MAY_START;
            }
        }
        for (char c : "十拾翻百千万亿.".toCharArray()) {
            t[c] |= MAY_START;
        }
        for (char c : "“‘「『《”’」』》\"\n。".toCharArray()) {
            t[c] |= QUOTE_OR_END;
        }
        return t;
    }

    /** True when a number may start with {@code c} (a digit, a Chinese numeral, 翻, a point). */
    static boolean mayStart(char c) {
        return (ROLES[c] & MAY_START) != 0;
    }

    /** The first numeral that was read but not taken, or null. */
    public Rejection firstRejection() {
        return firstRejection;
    }

    private void trackQuote(char c, int i) {
        switch (c) {
            case '“', '‘', '「', '『', '《' -> quoteOpen = i;
            case '”', '’', '」', '』', '》' -> quoteOpen = -1;
            case '"' -> {
                asciiQuoteOpen = !asciiQuoteOpen;
                quoteOpen = asciiQuoteOpen ? i : -1;
            }
            case '\n', '。' -> {
                quoteOpen = -1;
                asciiQuoteOpen = false;
            }
            default -> {}
        }
    }

    private boolean isNumberStart(int i) {
        char c = f[i];
        if (NumeralReader.isAsciiDigit(c) || NumeralReader.chineseDigit(c) >= 0 || c == '十' || c == '拾') {
            return true;
        }
        if (c == '翻') {
            return i + 1 < n && (f[i + 1] == '番' || f[i + 1] == '了' || NumeralReader.chineseDigit(f[i + 1]) > 0);
        }
        if (c == '百' || c == '千' || c == '万' || c == '亿') {
            // 百分之八; or a bare 千 after a qualifier, as in 逾千亿元, 近万人; or a magnitude word alone
            return i + 2 < n && f[i + 1] == '分' && f[i + 2] == '之'
                    || i > 0 && lex.qualifiersBefore.longestEndingAt(f, i, Math.max(0, i - 3)) != null
                    || i > 0 && lex.qualifierVerbs.longestEndingAt(f, i, Math.max(0, i - 3)) != null
                    || isMagnitudeAlone(i);
        }
        // .5%: a leading point, after no digit, letter or mark that would make it part of something else
        return c == '.' && i + 1 < n && NumeralReader.isAsciiDigit(f[i + 1])
                && (i == 0 || AmountReader.isCjk(f[i - 1]) || f[i - 1] == ' ' || f[i - 1] == '\n');
    }

    /**
     * A magnitude word that stands for its number (百万户以上, 千亿级): only where a size class or a unit
     * with a qualifier after it follows, since 千家万户 and 百年 are words, not values.
     */
    private boolean isMagnitudeAlone(int i) {
        char next = i + 1 < n ? f[i + 1] : ' ';
        if (NumeralReader.chineseUnit(next) == 0 && !lex.units.canStartWith(next) && !lex.sizeClasses.canStartWith(next)) {
            return false; // 百姓, 千方百计: most such chars are rejected by the char after them
        }
        Numeral num = NumeralReader.readChinese(f, i, n, true);
        int e = num.end();
        if (!num.valid() || e >= n) {
            return false;
        }
        if (lex.sizeClasses.longestAt(f, e, n) != null) {
            return true;
        }
        Match<Unit> unit = lex.units.longestAt(f, e, n);
        return unit != null && lex.qualifiersAfter.longestAt(f, unit.end(), n) != null;
    }

    /** Tries a mention whose numeral starts at {@code i}; returns where scanning goes on. */
    private int mentionAt(int i) {
        boolean arabic = NumeralReader.isAsciiDigit(f[i]);
        if (arabic && inCodeRun(i)) {
            return reject(i, codeRunEnd, RejectionReasons.inCode(f, i, n));
        }
        char charBefore = i > 0 ? f[i - 1] : ' ';
        if (isAsciiLetter(charBefore)) {
            return reject(i, skipNumeral(i), "part of a code");
        }
        Match<String> proper = lex.words.longestAt(f, i, n);
        if (proper != null && ("PROPER_NAME".equals(proper.value()) || "WORD".equals(proper.value()))) {
            return reject(i, proper.end(), "a name or word that starts with a numeral (七台河, 零部件)");
        }
        Piece low = amounts.readPiece(i);
        int dashed = arabic ? amounts.dashedGroupsEnd(i) : -1;
        if (dashed > 0 && (low == null || !(low.amount() instanceof CalendarDate))) {
            return reject(i, dashed, "no such date, or a code"); // 2019-02-29, 2025-07-0012
        }
        if (low == null) {
            int stop = skipNumeral(i);
            return reject(i, stop, RejectionReasons.noNumeral(f, i, stop));
        }
        String name = strict || low.special() || low.numeral() == null ? null
                : names.reason(low.numeral(), low.end(), low.amount().unit(), low.magnitude());
        if (name == null && !strict && low.numeral() != null) {
            name = names.gradeReason(i, low.numeral(), low.end(), low.amount().unit());
        }
        if (name == null && !strict) {
            name = residue.reason(i, low.numeral() == null ? low.end() : low.numeral().end());
        }
        if (name != null) {
            return reject(i, low.end(), name);
        }
        if (quoteOpen >= 0 && i - quoteOpen <= QUOTE_REACH) {
            return reject(i, low.end(), "a name in quotation marks");
        }
        String word = wordBefore(i);
        if ("ORDINAL".equals(word)) {
            return reject(i, low.end(), "an ordinal");
        }
        if ("NAME_BEFORE".equals(word) && (low.amount().unit() == null || low.amount().unit().dimension() == Dimension.UNKNOWN)) {
            return reject(i, low.end(), "the number of a road or line (国道318线)");
        }
        if ("PER".equals(word)) {
            return reject(i, low.end(), "a per-unit denominator");
        }
        Piece piece = low;
        Amount amount = low.amount();
        int end = low.end();
        Qualifier qualifier = low.inside();
        Match<Boolean> mark = lex.rangeMarks.longestAt(f, end, n);
        if (mark != null && mark.end() < n && isNumberStart(mark.end())) {
            Piece high = amounts.readPiece(mark.end());
            Range range = high == null ? null : amounts.range(low, high);
            if (range != null) {
                amount = range;
                end = high.end();
                qualifier = Qualifier.RANGE;
                piece = high;
            }
        }
        String reason = acceptance(low, piece, amount, end);
        if (reason != null) {
            return reject(i, end, reason);
        }
        // 增长-3%, -3%, 增长－５％: a minus sign right before the number, not after a digit or letter (5-3, A-3)
        boolean negative = arabic && i > prevEnd && f[i - 1] == '-' && amount instanceof Scalar && qualifier != Qualifier.RANGE
                && (i < 2 || !isAsciiLetter(f[i - 2]) && !NumeralReader.isAsciiDigit(f[i - 2]) && f[i - 2] != '%');
        int spanStart = negative ? i - 1 : i;
        int expressionStart = spanStart;
        Change change = low.implied();
        Change changeRead = null;
        boolean distributive = false;
        if (!(amount instanceof CalendarDate) && !(amount instanceof Range r && r.low() instanceof CalendarDate)) {
            if (qualifier != Qualifier.RANGE) {
                Match<Lexicon.QualifierWord> after = lex.qualifiersAfter.longestAt(f, end, n);
                if (after != null && qualifier == null && !(f[after.start()] == '上' && after.end() < n && f[after.end()] == '游')) {
                    qualifier = after.value().qualifier();
                    end = after.end();
                }
                Match<Lexicon.QualifierWord> before = lex.qualifiersBefore.longestEndingAt(f, spanStart, prevEnd);
                Match<Lexicon.QualifierWord> verbWord = lex.qualifierVerbs.longestEndingAt(f, spanStart, prevEnd);
                if (verbWord != null && (before == null || verbWord.start() < before.start())) {
                    before = null; // 跨过 is a verb, though it ends like 过
                }
                Qualifier listed = null;
                if (before != null && qualifier == null && before.value().qualifier() != null) {
                    qualifier = before.value().qualifier();
                    spanStart = before.start();
                    expressionStart = spanStart;
                    listed = lists.isDistributive(before.start(), prevEnd) ? qualifier : null;
                } else if (verbWord != null && before == null && qualifier == null) {
                    qualifier = verbWord.value().qualifier(); // 突破5亿元: the verb qualifies, outside the span
                    expressionStart = verbWord.start();
                    listed = lists.isDistributive(verbWord.start(), prevEnd) ? qualifier : null;
                }
                if (listed == null && qualifier == null && listQualifier != null && lists.onlyListBetween(prevEnd, spanStart)
                        && !lists.crossesClause(prevEnd, spanStart)) {
                    qualifier = listQualifier; // 分别超过200亿元和40亿元: the second is more than 40亿元 too
                } else {
                    listQualifier = listed;
                }
            } else {
                listQualifier = null;
            }
            int verbEnd = spanStart;
            for (int k = 0; k < 2 && verbEnd - 1 >= prevEnd && f[verbEnd - 1] == ' '; k++) {
                verbEnd--; // 增长 12% (a space the text left between verb and number)
            }
            if (verbEnd - 1 >= prevEnd && f[verbEnd - 1] == '了') {
                verbEnd--;
            }
            Match<Direction> verb = lex.changes.longestEndingAt(f, verbEnd, prevEnd);
            if (verb != null && !lex.governs(new String(f, verb.start(), verb.end() - verb.start()), amount.unit())) {
                verb = null; // 促农民增收22条: 增收 changes income, and 22条 counts measures
            }
            Match<Boolean> level = lex.levels.longestEndingAt(f, verbEnd, prevEnd);
            if (level != null && (verb == null || level.start() <= verb.start())) {
                expressionStart = level.start();
            } else if (verb != null && change == null && !isMajorCount(amount, end)) {
                spanStart = verb.start();
                expressionStart = spanStart;
                int at = verb.start();
                Match<String> distributor = lex.words.longestEndingAt(f, at, prevEnd);
                if (distributor != null && "DISTRIBUTIVE".equals(distributor.value())) {
                    distributive = true;
                    at = distributor.start();
                }
                Match<String> basis = lex.bases.longestEndingAt(f, at, prevEnd);
                if (basis != null) {
                    at = basis.start();
                    Match<String> d2 = lex.words.longestEndingAt(f, at, prevEnd);
                    if (d2 != null && "DISTRIBUTIVE".equals(d2.value())) {
                        distributive = true;
                        at = d2.start();
                    }
                }
                expressionStart = at;
                distributive |= lists.distributiveAhead(at);
                // 增长-3% is a fall of 3, 下降-2% a rise of 2: the sign turns the direction round
                Direction direction = negative ? opposite(verb.value()) : verb.value();
                change = new Change(direction, basis == null ? null : basis.value());
                changeRead = change;
                negative = false;
            }
            if (qualifier == null) {
                Match<Lexicon.QualifierWord> ahead = aheadOf(spanStart);
                qualifier = ahead == null ? null : ahead.value().qualifier(); // 至少建成3所
            }
            if (change == null && level == null) {
                change = changeApart(spanStart, end);
            }
            if (change == null && level == null && objectChangeAt == spanStart) {
                change = objectChange; // 降低了9个收费项目的120项收费标准: the 120项 falls
            }
            if (change == null && level == null && distributed != null && lists.onlyListBetween(prevEnd, expressionStart)
                    && (distributedMixed || prevEnd < expressionStart) // 提升15个10亿元集群 is no list
                    && (distributedMixed || amount.kind() == distributedKind || ListWords.isRate(amount.kind()) && ListWords.isRate(distributedKind))
                    && (!lists.crossesClause(prevEnd, expressionStart)
                            || distributedMixed && amount.kind() == distributedKind && !lists.objectFollows(end))) {
                change = distributed;
            } else if (change != null && low.implied() == null) {
                // 增长9%和8%: a change word governs the list after it; after 分别 the list may mix kinds (52.1%、2.3倍)
                distributed = change == changeRead || distributive ? change : null;
                distributedKind = amount.kind();
                distributedMixed = distributive;
            } else {
                distributed = null;
            }
            objectChangeAt = change != null && change == changeRead ? lists.objectNamedBefore(amount, end) : ListWords.NO_OBJECT;
            if (objectChangeAt != ListWords.NO_OBJECT) {
                objectChange = change; // the count names what changes: the change moves on (or goes)
                change = null;
                spanStart = i;
                expressionStart = i;
                distributed = null;
            }
        } else {
            distributed = null;
            listQualifier = null;
        }
        if (negative && change == null && amount instanceof Scalar scalar) {
            // a bare -3% is a level of -3
            amount = amount.unit() == null ? new Quantity(scalar.value().negate(), null) : AmountReader.amountOf(scalar.value().negate(), amount.unit());
        }
        Value value = new Value(amount, qualifier == null ? Qualifier.EXACT : qualifier, change);
        Span span = new Span(spanStart, end);
        found.add(new Found(new ValueMention(span, span.of(original), value), expressionStart));
        prevEnd = end;
        return end;
    }

    private int reject(int i, int resume, String reason) {
        if (firstRejection == null) {
            firstRejection = new Rejection(i, reason);
        }
        return Math.max(resume, i + 1);
    }

    /** A count with 大 and no unit (提升五大工程): it counts things, it states no change. */
    private boolean isMajorCount(Amount amount, int end) {
        return amount.unit() == null && amount.kind() == Kind.QUANTITY && end < n && f[end] == '大';
    }

    /** How many chars of a verb may stand between 至少 or 最多 and the number they govern. */
    private static final int AHEAD_REACH = 4;

    /** How many chars may stand between a change word and the thing it changes (降低各类成本). */
    private static final int OBJECT_REACH = 6;

    /** 至少 or 最多 before the number or a short verb in front of it (至少建成3所), or null. */
    private Match<Lexicon.QualifierWord> aheadOf(int spanStart) {
        for (int e = spanStart; e > prevEnd && spanStart - e <= AHEAD_REACH && (e == spanStart || AmountReader.isCjk(f[e])); e--) {
            Match<Lexicon.QualifierWord> m = lex.qualifiersAhead.longestEndingAt(f, e, prevEnd);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * A change word the sentence ties to a number that it does not touch: after it (保持10%以上的增长), a
     * rate noun after it ({@code RATE_UP}/{@code RATE_DOWN} of {@code words.tsv}: 保持12%左右的增幅), or before the thing changed (降低各类成本200亿元), where the thing is an {@code OBJECT} of
     * {@code words.tsv}. Null when there is none.
     */
    private Change changeApart(int spanStart, int end) {
        int noun = end < n && f[end] == '的' ? end + 1 : end;
        Match<String> rate = noun < n ? lex.words.longestAt(f, noun, n) : null;
        if (rate != null && rate.value().startsWith("RATE_")) { // 保持12%左右的增幅: the rate of a rise
            return new Change("RATE_UP".equals(rate.value()) ? Direction.UP : Direction.DOWN, null);
        }
        if (end + 1 < n && f[end] == '的') {
            Match<Direction> after = lex.changes.longestAt(f, end + 1, n);
            if (after != null && (after.end() == n || !AmountReader.isCjk(f[after.end()]))) { // 的增长。 but not 的增量
                return new Change(after.value(), null);
            }
        }
        Match<String> object = lex.words.longestEndingAt(f, spanStart, prevEnd);
        if (object == null || !"OBJECT".equals(object.value())) {
            return null;
        }
        int s = object.start();
        for (int e = s; e > prevEnd && s - e <= OBJECT_REACH && (e == s || AmountReader.isCjk(f[e])); e--) {
            Match<Direction> verb = lex.changes.longestEndingAt(f, e, prevEnd);
            // 新增…收入 is a level (新增 ends in 增); a one-char 增 or 降 ties only to the thing it touches
            // (降成本 20亿元, but not 倍增企业主营业务收入)
            if (verb != null && (verb.end() - verb.start() > 1 || e == s) && lex.levels.longestAt(f, verb.start(), n) == null
                    && lex.levels.longestEndingAt(f, verb.end(), prevEnd) == null) {
                return new Change(verb.value(), null);
            }
        }
        return null;
    }

    /** True when the char at p starts a word that is no unit and no word the lexicon knows (江 in 3000万江城人民). */
    private boolean nameFollows(int p) {
        return p < n && AmountReader.isCjk(f[p]) && lex.units.longestAt(f, p, n) == null && !lex.notUnits.get(f[p]) && !amounts.startsWord(p);
    }

    private String wordBefore(int i) {
        if (i == 0) {
            return null;
        }
        Match<String> w = lex.words.longestEndingAt(f, i, Math.max(prevEnd, i - 2));
        return w == null ? null : w.value();
    }

    /** Null when the mention stands; else why not. */
    private String acceptance(Piece low, Piece last, Amount amount, int end) {
        if (strict || low.special() || amount instanceof CalendarDate || amount instanceof Range) {
            return null;
        }
        Unit unit = amount.unit();
        if (unit != null && unit.symbol().equals("次") && lex.meetings.longestAt(f, end, n) != null) {
            return "a session number";
        }
        if (low.chinese()) {
            Numeral numeral = low.numeral();
            if (unit != null) {
                if (numeral.end() - low.start() == 1 && f[low.start()] == '一' && !low.magnitude() && unit.dimension() != Dimension.RATIO) {
                    return "一 as an article or adverb (一个, 一年来, 一度)";
                }
                if (unit.dimension() == Dimension.UNKNOWN && !isKnownUnit(unit)) {
                    return "a Chinese numeral before a word that is no unit";
                }
                return null;
            }
            if (amount.kind() != Kind.QUANTITY) {
                return null;
            }
            boolean decimal = numeral.value().scale() > 0;
            // 五大产业: a count of major things, with no unit; but 一大批 is no count
            // (counts of major things stay small: 十九大 and 二十大 are party congresses)
            boolean major = numeral.end() + 1 < n && f[numeral.end()] == '大' && f[numeral.end() + 1] != '会'
                    && !(numeral.end() - low.start() == 1 && f[low.start()] == '一')
                    && numeral.value().compareTo(BigDecimal.TEN) <= 0;
            // 十二亿零三百万 starts with 十 and a digit, as firmly a numeral as 一千二百万 (but 十万火急 is a word)
            boolean leadingTen = NumeralReader.chineseUnit(f[low.start()]) == 10 && low.start() + 1 < numeral.end()
                    && NumeralReader.chineseDigit(f[low.start() + 1]) > 0;
            return decimal || low.inside() != null || major || (numeral.startsWithDigit() || leadingTen) && numeral.hasBigUnit() && !numeral.positional()
                    ? null
                    : "a Chinese numeral with no unit";
        }
        if (unit == null && low.inside() == null && !low.magnitude() && amount.kind() == Kind.QUANTITY && low.numeral().isInteger()) {
            char next = end < n ? f[end] : ' ';
            char prev = low.start() > 0 ? f[low.start() - 1] : ' ';
            // but 增长2、3万人 lists values: a change word right before a number makes it no list number
            boolean changed = lex.changes.longestEndingAt(f, low.start(), Math.max(prevEnd, low.start() - 4)) != null;
            if (next == '、' && !changed || next == '.' || next == ')' || next == ']' || next == '】' || next == '〕'
                    || prev == '(' || prev == '[' || prev == '【' || prev == '〔') {
                return "a list number";
            }
        }
        return null;
    }

    private boolean isKnownUnit(Unit unit) {
        Match<Unit> m = lex.units.longestAt(unit.symbol().toCharArray(), 0, unit.symbol().length());
        return m != null && m.end() == unit.symbol().length();
    }

    // ---- scanning helpers ----------------------------------------------------------------------------

    private static Direction opposite(Direction d) {
        return d == Direction.UP ? Direction.DOWN : Direction.UP;
    }

    /**
     * True when the Arabic numeral at i is part of a run of ASCII letters, digits and marks that holds a
     * letter (ABC-2018-001, PM2.5, http://…/2018). The run is measured once, both ways, and remembered, so
     * that every char of it is looked at a bounded number of times.
     */
    private boolean inCodeRun(int i) {
        if (i >= codeRunEnd) {
            int p = i;
            boolean letter = false;
            while (p > 0 && isCodeChar(f[p - 1])) {
                p--;
                letter |= isAsciiLetter(f[p]);
            }
            p = i;
            while (p < n && isCodeChar(f[p])) {
                letter |= isAsciiLetter(f[p]);
                p++;
            }
            codeRunEnd = p;
            codeRunHasLetter = letter;
        }
        return codeRunHasLetter;
    }

    private static boolean isCodeChar(char c) {
        return isAsciiLetter(c) || NumeralReader.isAsciiDigit(c) || c == '-' || c == '_' || c == '/' || c == '.'
                || c == ':' || c == '=' || c == '?' || c == '&' || c == '#';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private int skipNumeral(int i) {
        int p = i;
        while (p < n && (NumeralReader.isAsciiDigit(f[p]) || NumeralReader.isChineseNumeralChar(f[p])
                || f[p] == '.' || f[p] == ',' || f[p] == '点')) {
            p++;
        }
        return Math.max(p, i + 1);
    }
}
