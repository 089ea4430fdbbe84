package io.github.govreport.parser.internal;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Unit;
import io.github.govreport.parser.internal.NumeralReader.Numeral;
import java.math.BigDecimal;
import java.util.function.IntPredicate;

/**
 * Tells numerals that name a thing from numerals that state a value, by what stands right after them:
 * a school, road or line by number (12中, 208国道, 3号线), a rank (世界500强), an anniversary or
 * edition (建区30周年, 2024届, 2025示例博览会), a version (营商环境3.0), a named rule (八项规定). The
 * words are the {@code NAME_AFTER} and {@code NAME_TAIL} rows of {@code words.tsv}; each test looks at a
 * bounded number of chars, so the scan stays linear.
 */
final class NameGuard {

    private static final BigDecimal FIRST_YEAR = BigDecimal.valueOf(1900);
    private static final BigDecimal LAST_YEAR = BigDecimal.valueOf(2099);

    private final Lexicon lex;
    private final char[] f;
    private final int n;

    private final IntPredicate nameFollows;

    /**
     * @param nameFollows whether a word that is no unit and no lexicon word starts at an index (asked only
     *     where a rule needs it, as it costs several look-ups)
     */
    NameGuard(Lexicon lex, char[] f, int n, IntPredicate nameFollows) {
        this.lex = lex;
        this.f = f;
        this.n = n;
        this.nameFollows = nameFollows;
    }

    /**
     * Why the numeral {@code num}, read with a tail up to {@code end}, names a thing; or null when it
     * may state a value.
     *
     * @param unit the unit read after it, or null
     * @param magnitude whether a magnitude word followed it (a magnitude never stands in a name)
     */
    String reason(Numeral num, int end, Unit unit, boolean magnitude) {
        if (magnitude || !num.valid()) {
            return null;
        }
        if (num.isInteger()) {
            WordTrie.Match<Boolean> name = lex.namesAfter.longestAt(f, num.end(), n);
            // a name word outweighs a unit of the lexicon only as long as itself (12小时 keeps 小时), and
            // any unit the lexicon lacks (3号线)
            if (name != null && (name.end() >= end || lex.units.longestAt(f, num.end(), n) == null)) {
                return "a number in a name or rank (" + new String(f, name.start(), name.end() - name.start()) + ")";
            }
        }
        if (unit != null && lex.nameTails.longestAt(f, end, n) != null) {
            return "the count of a named rule (八项规定)";
        }
        boolean unknownUnit = unit == null || unit.dimension() == Dimension.UNKNOWN;
        if (!num.chinese() && !num.isInteger() && f[num.end() - 1] == '0' && unknownUnit && nameFollows.test(num.end())) {
            return "a version number (3.0)";
        }
        if (!num.chinese() && num.isInteger() && !num.grouped() && num.integerDigits() == 4 && unknownUnit
                && num.value().compareTo(FIRST_YEAR) >= 0 && num.value().compareTo(LAST_YEAR) <= 0 && nameFollows.test(num.end())) {
            return "a year that names an event (2025博览会)";
        }
        return null;
    }

    /** The highest class of a grade scale (水质 I–V): a larger count of 类 counts kinds (达到7类). */
    private static final BigDecimal HIGHEST_GRADE = BigDecimal.valueOf(5);

    /**
     * Why a count of 类 right after a word of grading ({@code GRADE_BEFORE} of {@code words.tsv}: 劣, 达到,
     * 稳定在 …) names a class rather than a number of kinds (劣五类, 水质达到三类、): the count is at most 5 and
     * the 类 ends the phrase (a mark, 及, 以上, 标准 or the end follows); or null.
     */
    String gradeReason(int start, Numeral num, int end, Unit unit) {
        if (unit == null || !unit.symbol().equals("类") || !num.isInteger() || num.value().compareTo(HIGHEST_GRADE) > 0
                || f[end - 1] != '类') {
            return null;
        }
        WordTrie.Match<String> before = lex.words.longestEndingAt(f, start, Math.max(0, start - 3));
        if (before == null || !"GRADE_BEFORE".equals(before.value())) {
            return null;
        }
        boolean ends = end >= n || !AmountReader.isCjk(f[end]) || f[end] == '及' || f[end] == '标' || f[end] == '以'
                || "劣".equals(new String(f, before.start(), before.end() - before.start()));
        return ends ? "a class of a grade scale (劣五类, 达到三类)" : null;
    }
}
