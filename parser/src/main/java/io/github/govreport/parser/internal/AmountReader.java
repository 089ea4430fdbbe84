package io.github.govreport.parser.internal;

import io.github.govreport.core.Amount;
import io.github.govreport.core.CalendarDate;
import io.github.govreport.core.Change;
import io.github.govreport.core.Decimals;
import io.github.govreport.core.Dimension;
import io.github.govreport.core.Fraction;
import io.github.govreport.core.Magnitude;
import io.github.govreport.core.Multiple;
import io.github.govreport.core.PerMille;
import io.github.govreport.core.Percentage;
import io.github.govreport.core.PercentagePoints;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Range;
import io.github.govreport.core.Scalar;
import io.github.govreport.core.Unit;
import io.github.govreport.parser.internal.NumeralReader.Numeral;
import io.github.govreport.parser.internal.WordTrie.Match;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;

/**
 * Reads the amount at an index of a folded text, before the words around it: a numeral with its
 * magnitude, inside qualifier and unit (2万余套), a special form (百分之八, 三分之一, 翻两番), a date
 * (2018年3月, 2018-04-04), and the two ends of a range. Each read looks ahead a bounded number of chars.
 * The {@link MentionScanner} then decides whether the amount is a mention and reads the words around it.
 */
final class AmountReader {

    /** An amount read at an index, before the words around it. */
    record Piece(
            Amount amount, int start, int end, boolean chinese, boolean special, boolean magnitude,
            Qualifier inside, Change implied, Numeral numeral) {}

    private final Lexicon lex;
    private final CharSequence original;
    private final char[] f;
    private final int n;

    AmountReader(Lexicon lexicon, CharSequence original, char[] folded) {
        this.lex = lexicon;
        this.original = original;
        this.f = folded;
        this.n = folded.length;
    }

    Piece readPiece(int i) {
        char c = f[i];
        if (c == '翻') {
            return readDoubling(i);
        }
        if ((c == '百' || c == '千' || c == '万') && i + 2 < n && f[i + 1] == '分' && f[i + 2] == '之') {
            return readPerHundred(i);
        }
        if (c == '.') {
            Numeral num = NumeralReader.readLeadingPoint(f, i, n);
            return num.valid() ? readTail(i, num, false) : null;
        }
        if (NumeralReader.isAsciiDigit(c)) {
            Piece date = readIsoDate(i);
            if (date != null) {
                return date;
            }
            Numeral num = NumeralReader.readArabic(f, original, i, n);
            if (!num.valid()) {
                return null;
            }
            return readTail(i, num, false);
        }
        Numeral num = NumeralReader.readChinese(f, i, n, NumeralReader.chineseUnit(c) >= 100);
        if (!num.valid()) {
            return null;
        }
        return readTail(i, num, true);
    }

    /** 翻番, 翻一番, 翻两番, 翻了一番: doubled n times. */
    private Piece readDoubling(int i) {
        int p = i + 1;
        if (p < n && f[p] == '了') {
            p++;
        }
        int times = 1;
        if (p < n && NumeralReader.chineseDigit(f[p]) > 0) {
            times = NumeralReader.chineseDigit(f[p]);
            p++;
        }
        if (p >= n || f[p] != '番') {
            return null;
        }
        BigDecimal factor = new BigDecimal(BigInteger.TWO.pow(times));
        return new Piece(new Multiple(factor), i, p + 1, true, true, false, null, Change.UP, null);
    }

    /** 百分之八, 千分之三, 万分之五. */
    private Piece readPerHundred(int i) {
        int p = i + 3;
        if (p >= n) {
            return null;
        }
        Numeral num = NumeralReader.isAsciiDigit(f[p])
                ? NumeralReader.readArabic(f, original, p, n)
                : NumeralReader.isChineseNumeralChar(f[p]) ? NumeralReader.readChinese(f, p, n, true) : null;
        if (num == null || !num.valid()) {
            return null;
        }
        Amount amount = switch (f[i]) {
            case '百' -> new Percentage(num.value());
            case '千' -> new PerMille(num.value());
            default -> num.isInteger() ? new Fraction(num.value().toBigInteger(), BigInteger.valueOf(10_000)) : null;
        };
        return amount == null ? null : new Piece(amount, i, num.end(), true, true, false, null, null, num);
    }

    /** 2018-04-04; null when the text has no date of that shape there, or the date does not exist. */
    private Piece readIsoDate(int i) {
        int[] parts = new int[3];
        int p = isoDateShape(i, parts);
        if (p < 0) {
            return null;
        }
        CalendarDate date = date(parts[0], parts[1], parts[2]);
        return date == null ? null : new Piece(date, i, p, false, false, false, null, null, null);
    }

    /**
     * Where three or more groups of digits joined by dashes end (2019-02-29, 2025-07-0012): a date when it
     * exists, else a code, never a range. -1 when the text has fewer groups there.
     */
    int dashedGroupsEnd(int i) {
        int p = i;
        int groups = 0;
        while (p < n && NumeralReader.isAsciiDigit(f[p])) {
            while (p < n && NumeralReader.isAsciiDigit(f[p])) {
                p++;
            }
            groups++;
            if (p + 1 < n && f[p] == '-' && NumeralReader.isAsciiDigit(f[p + 1])) {
                p++;
            } else {
                break;
            }
        }
        return groups >= 3 ? p : -1;
    }

    private int isoDateShape(int i, int[] parts) {
        int p = i;
        for (int k = 0; k < 3; k++) {
            int s = p;
            int v = 0;
            while (p < n && NumeralReader.isAsciiDigit(f[p]) && p - s < 4) {
                v = v * 10 + (f[p++] - '0');
            }
            int len = p - s;
            if ((k == 0 && len != 4) || (k > 0 && (len < 1 || len > 2))) {
                return -1;
            }
            parts[k] = v;
            if (k < 2) {
                if (p >= n || f[p] != '-') {
                    return -1;
                }
                p++;
            }
        }
        return p < n && NumeralReader.isAsciiDigit(f[p]) ? -1 : p;
    }

    private static CalendarDate date(Integer year, Integer month, Integer day) {
        try {
            return new CalendarDate(year, month, day);
        } catch (IllegalArgumentException notADate) {
            return null;
        }
    }

    /** After a numeral: inside qualifier, magnitude, date words, unit. */
    private Piece readTail(int i, Numeral num, boolean chinese) {
        int p = num.end();
        BigDecimal value = num.value();
        Qualifier inside = null;
        boolean magnitude = false;
        if (!chinese && p < n && f[p] == '/' && p + 1 < n && NumeralReader.isAsciiDigit(f[p + 1]) && num.isInteger()) {
            Numeral den = NumeralReader.readArabic(f, original, p + 1, n);
            if (den.valid() && den.isInteger() && den.value().signum() > 0 && (den.end() >= n || f[den.end()] != '/')) {
                Fraction fr = new Fraction(value.toBigInteger(), den.value().toBigInteger());
                return new Piece(fr, i, den.end(), false, true, false, null, null, num);
            }
        }
        if (p + 1 < n && f[p] == '分' && f[p + 1] == '之' && num.isInteger() && value.signum() > 0) {
            int q = p + 2;
            Numeral top = q >= n ? null
                    : NumeralReader.isAsciiDigit(f[q]) ? NumeralReader.readArabic(f, original, q, n)
                    : NumeralReader.isChineseNumeralChar(f[q]) ? NumeralReader.readChinese(f, q, n, false) : null;
            if (top != null && top.valid() && top.isInteger()) {
                Fraction fr = new Fraction(top.value().toBigInteger(), value.toBigInteger());
                return new Piece(fr, i, top.end(), chinese, true, false, null, null, num);
            }
            return null;
        }
        int q = p;
        if (!chinese) {
            int spaces = 0;
            while (q < n && f[q] == ' ' && spaces < 2) {
                q++;
                spaces++;
            }
            if (q < n && (f[q] == ' ' || !isCjk(f[q]) && f[q] != '%' && f[q] != '‰')) {
                q = p; // spaces then no unit: the spaces are not ours
            }
        }
        Match<Lexicon.QualifierWord> in = lex.qualifiersInside.longestAt(f, q, n);
        if (in != null) {
            inside = in.value().qualifier();
            q = in.end();
        }
        if (!chinese) {
            Match<Unit> unitHere = lex.units.longestAt(f, q, n);
            Match<Magnitude> mag = lex.magnitudes.longestAt(f, q, n);
            if (mag != null && (unitHere == null || unitHere.end() <= mag.end())) {
                value = mag.value().apply(value);
                magnitude = true;
                q = mag.end();
                if (inside == null) {
                    in = lex.qualifiersInside.longestAt(f, q, n);
                    if (in != null) {
                        inside = in.value().qualifier();
                        q = in.end();
                    }
                }
            }
        } else if (inside != null) {
            // 两千余万: a magnitude after the inside qualifier of a Chinese numeral
            Match<Magnitude> mag = lex.magnitudes.longestAt(f, q, n);
            if (mag != null && mag.value().exponent() >= 4) {
                value = mag.value().apply(value);
                magnitude = true;
                q = mag.end();
            }
        }
        if (!magnitude && inside == null && q < n) {
            Piece date = readDateWords(i, num, chinese, q);
            if (date != null) {
                return date;
            }
        }
        if (inside == null && (magnitude || chinese && NumeralReader.chineseUnit(f[num.end() - 1]) >= 100)) {
            Match<Lexicon.QualifierWord> size = lex.sizeClasses.longestAt(f, q, n);
            if (size != null) { // 千亿级: a class of size
                return new Piece(new Quantity(value, null), i, size.end(), chinese, false, magnitude,
                        size.value().qualifier(), null, num);
            }
        }
        Match<Unit> unit = lex.units.longestAt(f, q, n);
        if (isNoun(q)) {
            Match<String> noun = lex.words.longestAt(f, q, n);
            if (unit == null || noun.end() > unit.end()) { // 8万家庭, 300万市民: what is counted, no unit
                int end = inside != null || magnitude ? q : num.end();
                return new Piece(new Quantity(value, null), i, end, chinese, false, magnitude, inside, null, num);
            }
        }
        if (unit == null && q + 1 < n && f[q] == '大') {
            Match<String> major = lex.words.longestAt(f, q + 1, n);
            if (major != null && "MAJOR_CLASS".equals(major.value())) {
                unit = lex.units.longestAt(f, q + 1, n); // 10大类: 大 is "major", 类 the classifier
            }
        }
        if (unit != null) {
            Unit u = unit.value();
            return new Piece(amountOf(value, u), i, unit.end(), chinese, false, magnitude, inside, null, num);
        }
        int unknownEnd = chinese || q >= n || f[q - 1] == ' ' ? q
                : magnitude || inside != null ? Math.max(latinUnitEnd(q), unknownUnitEnd(q)) : unknownUnitEnd(q);
        if (unknownEnd > q) {
            Unit u = new Unit(new String(f, q, unknownEnd - q), Dimension.UNKNOWN);
            return new Piece(new Quantity(value, u), i, unknownEnd, false, false, magnitude, inside, null, num);
        }
        int end = inside != null || magnitude ? q : num.end();
        return new Piece(new Quantity(value, null), i, end, chinese, false, magnitude, inside, null, num);
    }

    /** The longest a unit the lexicon lacks may be (标箱, 架次); a longer word is a name (江城人民). */
    private static final int UNKNOWN_UNIT_MAX = 2;

    /**
     * Where a unit the lexicon lacks ends when it starts at q: the whole run of CJK chars up to the next
     * lexicon word or mark, if that run is short; else q, as the run is a name the text goes on with
     * (3000万江城人民 has no unit).
     */
    private int unknownUnitEnd(int q) {
        int p = q;
        while (p < n && p - q <= UNKNOWN_UNIT_MAX && isCjk(f[p]) && !lex.notUnits.get(f[p]) && !startsWord(p)) {
            p++;
        }
        return p - q <= UNKNOWN_UNIT_MAX && phraseEndsAt(p) ? p : q;
    }

    /**
     * A unit the lexicon lacks ends the number's phrase when a mark, a digit, 的, or a word that speaks of
     * the number (以上, 增长, 、) follows it; another word means the text goes on with a name (48万绝对贫困人口).
     */
    private boolean phraseEndsAt(int p) {
        return p >= n || !isCjk(f[p]) || f[p] == '的' || lex.qualifiersAfter.longestAt(f, p, n) != null
                || lex.changes.longestAt(f, p, n) != null || lex.levels.longestAt(f, p, n) != null
                || lex.rangeMarks.longestAt(f, p, n) != null || lex.bases.longestAt(f, p, n) != null
                || lex.listSeparators.longestAt(f, p, n) != null;
    }

    /** The most Latin letters a unit the lexicon lacks may have (P, PB, TEU). */
    private static final int LATIN_UNIT_MAX = 4;

    /**
     * Where a unit in Latin letters ends when it starts at q (算力8万P以上, 2万TEU), asked only after a
     * magnitude or an inside qualifier, so that 5G, 4K and 3A级 (names, with no magnitude) never get here:
     * a few letters that end the number's phrase, with no letter, digit, point or dash after them and no 级
     * (a grade). Else q.
     */
    private int latinUnitEnd(int q) {
        int p = q;
        while (p < n && p - q <= LATIN_UNIT_MAX && isLatin(f[p])) {
            p++;
        }
        if (p == q || p - q > LATIN_UNIT_MAX) {
            return q;
        }
        boolean code = p < n && (NumeralReader.isAsciiDigit(f[p]) || f[p] == '.' || f[p] == '-' || f[p] == '_' || f[p] == '/');
        return !code && (p >= n || f[p] != '级') && phraseEndsAt(p) ? p : q;
    }

    private static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private boolean isNoun(int p) {
        Match<String> noun = p < n ? lex.words.longestAt(f, p, n) : null;
        return noun != null && "NOUN".equals(noun.value());
    }

    boolean startsWord(int q) {
        return lex.qualifiersAfter.longestAt(f, q, n) != null || lex.changes.longestAt(f, q, n) != null
                || lex.levels.longestAt(f, q, n) != null || lex.rangeMarks.longestAt(f, q, n) != null
                || lex.bases.longestAt(f, q, n) != null || lex.qualifiersBefore.longestAt(f, q, n) != null
                || lex.words.longestAt(f, q, n) != null;
    }

    static Amount amountOf(BigDecimal value, Unit unit) {
        if (unit.equals(Unit.PERCENT)) {
            return new Percentage(value);
        }
        if (unit.equals(Unit.PERMILLE)) {
            return new PerMille(value);
        }
        if (unit.equals(Unit.PERCENTAGE_POINT)) {
            return new PercentagePoints(value);
        }
        if (unit.equals(Unit.TIMES)) {
            return new Multiple(value);
        }
        return new Quantity(value, unit);
    }

    /** 2018年, 2018年3月, 2018年3月21日, 一九八四年, 3月, 3月21日. */
    private Piece readDateWords(int i, Numeral num, boolean chinese, int q) {
        if (!num.isInteger() || num.grouped() || num.value().compareTo(BigDecimal.valueOf(9999)) > 0) {
            return null;
        }
        int v = num.value().intValue();
        Integer year = null;
        int p = q;
        if (f[p] == '年' && (chinese ? num.positional() && num.integerDigits() == 4 : num.integerDigits() == 4)
                && v >= 1000 && v <= 2999) {
            year = v;
            p++;
            Numeral month = numeralAt(p);
            if (month == null || month.end() >= n || f[month.end()] != '月' || !isMonth(month)) {
                return new Piece(CalendarDate.ofYear(v), i, p, chinese, false, false, null, null, num);
            }
            num = month;
            p = month.end();
        } else if (f[p] != '月' || !isMonth(num)) {
            return null;
        }
        int month = num.value().intValueExact();
        p++; // 月
        Numeral day = numeralAt(p);
        if (day != null && day.end() < n && f[day.end()] == '日' && day.isInteger() && !day.positional()
                && day.value().compareTo(BigDecimal.valueOf(31)) <= 0) {
            CalendarDate d = date(year, month, day.value().intValue());
            if (d != null) {
                return new Piece(d, i, day.end() + 1, chinese, false, false, null, null, num);
            }
        }
        return new Piece(date(year, month, null), i, p, chinese, false, false, null, null, num);
    }

    private Numeral numeralAt(int p) {
        if (p >= n) {
            return null;
        }
        Numeral r = NumeralReader.isAsciiDigit(f[p]) ? NumeralReader.readArabic(f, original, p, n)
                : NumeralReader.isChineseNumeralChar(f[p]) ? NumeralReader.readChinese(f, p, n, false) : null;
        return r != null && r.valid() ? r : null;
    }

    private static boolean isMonth(Numeral num) {
        return num.isInteger() && !num.positional() && num.value().compareTo(BigDecimal.ONE) >= 0
                && num.value().compareTo(BigDecimal.valueOf(12)) <= 0;
    }

    /** Both ends of a range, each given the unit and magnitude the text writes on the other; or null. */
    Range range(Piece low, Piece high) {
        Amount a = low.amount;
        Amount b = high.amount;
        if (a instanceof Range || b instanceof Range || low.special != high.special && !(a instanceof Quantity)) {
            return null;
        }
        if (a instanceof Quantity q && q.unit() == null && low.inside == null) {
            BigDecimal v = q.value();
            if (b instanceof CalendarDate d) {
                a = borrowDate(v, d, low);
            } else if (b instanceof Quantity || b.unit() != null) {
                if (!low.magnitude && high.magnitude && high.numeral != null && high.numeral.value().signum() != 0
                        && b instanceof Scalar s) {
                    BigDecimal scale = s.value().divide(high.numeral.value(), MathContext.DECIMAL128);
                    BigDecimal scaled = Decimals.normalize(v.multiply(scale));
                    if (scaled.compareTo(s.value()) <= 0) {
                        v = scaled;
                    }
                }
                a = b.unit() == null ? new Quantity(v, null) : amountOf(v, b.unit());
            }
        }
        if (a == null || a.kind() != b.kind() || !Objects.equals(a.unit(), b.unit()) || low.inside != null || high.inside != null) {
            return null;
        }
        if (isDescending(a, b)) {
            return null; // 5-3家, 2020-2018年: a range runs upwards, so these are two values
        }
        return new Range(a, b);
    }


    private static boolean isDescending(Amount a, Amount b) {
        if (a instanceof Scalar x && b instanceof Scalar y) {
            return x.value().compareTo(y.value()) > 0;
        }
        if (a instanceof CalendarDate x && b instanceof CalendarDate y && x.year() != null && y.year() != null) {
            return x.year() > y.year();
        }
        return false;
    }

    private static Amount borrowDate(BigDecimal v, CalendarDate high, Piece low) {
        if (v.scale() > 0 || low.magnitude) {
            return null;
        }
        int x = v.intValue();
        if (high.day() == null && high.month() == null && x >= 1000 && x <= 2999) {
            return CalendarDate.ofYear(x);
        }
        if (high.day() == null && high.month() != null && x >= 1 && x <= 12) {
            return date(high.year(), x, null);
        }
        return null;
    }

    /** A char of the CJK Unified Ideographs block, where report words are. */
    static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }
}
