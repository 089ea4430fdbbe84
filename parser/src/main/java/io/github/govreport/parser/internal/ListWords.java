package io.github.govreport.parser.internal;

import io.github.govreport.core.Amount;
import io.github.govreport.core.Dimension;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Quantity;
import io.github.govreport.parser.internal.WordTrie.Match;

/**
 * How far the words before a list reach over its items, for {@link MentionScanner}: 分别 a few chars before a
 * change word, the separators between items, the comma that ends a list of other kinds, and the count that
 * only names the object of a change (降低了9个收费项目的120项收费标准). Each question looks at a bounded number
 * of chars, so the scan stays linear.
 */
final class ListWords {

    private final Lexicon lex;
    private final char[] f;
    private final int n;

    ListWords(Lexicon lex, char[] f, int n) {
        this.lex = lex;
        this.f = f;
        this.n = n;
    }

    /** How many chars may stand between 分别 and the change word or basis after it (分别年均, 分别比1998年). */
    private static final int DISTRIBUTIVE_REACH = 8;

    /**
     * True when 分别 stands a few chars before {@code at} with no mark between (分别年均增长, 分别实际增长,
     * 分别比1998年增长): the adverb or the year between does not stop it from governing the list.
     */
    boolean distributiveAhead(int at) {
        for (int e = at; e > 1 && at - e <= DISTRIBUTIVE_REACH && (e == at || AmountReader.isCjk(f[e]) || NumeralReader.isAsciiDigit(f[e])); e--) {
            Match<String> d = lex.words.longestEndingAt(f, e, e - 2);
            if (d != null && "DISTRIBUTIVE".equals(d.value())) {
                return true;
            }
        }
        return false;
    }

    /** True when 分别 ends at {@code at} (not before {@code limit}): a word before it governs every item of the list that follows. */
    boolean isDistributive(int at, int limit) {
        Match<String> d = lex.words.longestEndingAt(f, at, limit);
        return d != null && "DISTRIBUTIVE".equals(d.value());
    }

    /** A kind that states a rate (%, ‰, 百分点, 倍): a change word governs a list of such kinds mixed (增长52.1%、2.3倍). */
    static boolean isRate(Kind k) {
        return k == Kind.PERCENT || k == Kind.PERMILLE || k == Kind.PERCENTAGE_POINT || k == Kind.MULTIPLE;
    }

    /** True when a comma stands between two list items: past it only a 分别 list goes on, in its own kind. */
    boolean crossesClause(int from, int to) {
        for (int p = from; p < to; p++) {
            if (f[p] == ',') {
                return true;
            }
        }
        return false;
    }

    /** 91.3%的行政村: a number followed by 的 and a word names the share of a thing; no list goes on there. */
    boolean objectFollows(int end) {
        return end + 1 < n && f[end] == '的' && AmountReader.isCjk(f[end + 1]);
    }

    /** How many chars of a noun may stand between a counted object and its 的 (9个收费项目的). */
    private static final int OBJECT_NAME_REACH = 8;

    /** What {@link #objectNamedBefore} gives when the count names no object. */
    static final int NO_OBJECT = -2;

    /**
     * Where the change of a count right after a change word goes when the count only names the things whose
     * measure changes (a classifier count, then a short noun with no mark in it, then 的: 降低了9个收费项目的
     * 120项收费标准): the index right after the 的 where a number starts, or -1 when none does (the change
     * goes); {@link #NO_OBJECT} when the count names no object and keeps its change.
     */
    int objectNamedBefore(Amount amount, int end) {
        if (!(amount instanceof Quantity q) || q.unit() == null || q.unit().dimension() != Dimension.COUNT) {
            return NO_OBJECT;
        }
        for (int p = end; p < n && p - end <= OBJECT_NAME_REACH && AmountReader.isCjk(f[p]); p++) {
            if (f[p] == '的') {
                if (p == end) {
                    return NO_OBJECT; // 增加3个的: no noun named
                }
                return p + 1 < n && MentionScanner.mayStart(f[p + 1]) ? p + 1 : -1;
            }
            if (lex.changes.longestAt(f, p, n) != null || lex.levels.longestAt(f, p, n) != null) {
                return NO_OBJECT; // 增加3个、提高… : another verb, another phrase
            }
        }
        return NO_OBJECT;
    }

    /** True when only list separators (、 和 与 及 以及 ,) and spaces stand between {@code from} and {@code to}. */
    boolean onlyListBetween(int from, int to) {
        if (from >= to) {
            return from == to;
        }
        int p = from;
        while (p < to) {
            if (f[p] == ' ') {
                p++;
                continue;
            }
            Match<Boolean> sep = lex.listSeparators.longestAt(f, p, to);
            if (sep == null) {
                return false;
            }
            p = sep.end();
        }
        return true;
    }
}
