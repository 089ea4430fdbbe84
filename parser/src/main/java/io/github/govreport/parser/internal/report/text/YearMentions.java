package io.github.govreport.parser.internal.report.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the years a sentence names, in four Arabic or Chinese digits and 年: 2025年, 一九八四年, a run of
 * years (2021—2025年, 2021年至2025年) and a year with 以来 (2021年以来, up to the year before the one planned).
 */
public final class YearMentions {

    private static final String CHINESE_DIGITS = "〇零一二三四五六七八九";
    private static final String RANGE_MARKS = "-—~至到";

    /**
     * A run of years found at a position.
     *
     * @param first the first year
     * @param last the last year, not before {@code first}
     * @param length how many chars the mention takes
     */
    public record Years(int first, int last, int length) {}

    private YearMentions() {}

    /** An Arabic or Chinese digit: the quick test before reading a year. */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || CHINESE_DIGITS.indexOf(c) >= 0;
    }

    /**
     * The years written at {@code pos}, or null when none start there (or a longer number does).
     *
     * @param planYear the year planned, for 以来; null when unknown
     */
    public static Years at(char[] chars, int pos, Integer planYear) {
        if (pos > 0 && Character.isDigit(chars[pos - 1])) {
            return null;
        }
        int first = yearAt(chars, pos);
        if (first < 0) {
            first = digitsAt(chars, pos);
            int last = first >= 0 && isRangeMark(chars, pos + 4) ? yearAt(chars, pos + 5) : -1;
            return last > first ? new Years(first, last, 10) : null; // 2021—2025年
        }
        int second = isRangeMark(chars, pos + 5) ? yearAt(chars, pos + 6) : -1;
        if (second > first) {
            return new Years(first, second, 11); // 2021年至2025年
        }
        if (pos + 6 < chars.length && chars[pos + 5] == '以' && chars[pos + 6] == '来' && planYear != null && first < planYear) {
            return new Years(first, planYear - 1, 5); // 2021年以来
        }
        return new Years(first, first, 5);
    }

    private static boolean isRangeMark(char[] chars, int i) {
        return i < chars.length && RANGE_MARKS.indexOf(chars[i]) >= 0;
    }

    /** The year written at {@code i} as four digits and 年, from 1900 to 2100, or -1. */
    private static int yearAt(char[] chars, int i) {
        if (i + 4 >= chars.length || chars[i + 4] != '年') {
            return -1;
        }
        return digitsAt(chars, i);
    }

    /** Four Arabic or Chinese digits at {@code i} read as a year from 1900 to 2100, or -1. */
    private static int digitsAt(char[] chars, int i) {
        if (i + 4 > chars.length) {
            return -1;
        }
        int y = 0;
        for (int k = i; k < i + 4; k++) {
            char c = chars[k];
            int chinese = CHINESE_DIGITS.indexOf(c);
            int d = c >= '0' && c <= '9' ? c - '0' : chinese > 0 ? chinese - 1 : chinese;
            if (d < 0) {
                return -1;
            }
            y = y * 10 + d;
        }
        return y >= 1900 && y <= 2100 ? y : -1;
    }

    /** The first four-digit year from 1900 to 2100 in {@code s}, or null. */
    public static Integer firstIn(String s) {
        for (int i = 0; i + 4 <= s.length(); i++) {
            if (isYearAt(s, i)) {
                return Integer.parseInt(s.substring(i, i + 4));
            }
        }
        return null;
    }

    /** The last four-digit year from 1900 to 2100 in {@code s}, or null. */
    public static Integer lastIn(String s) {
        for (int i = s.length() - 4; i >= 0; i--) {
            if (isYearAt(s, i)) {
                return Integer.parseInt(s.substring(i, i + 4));
            }
        }
        return null;
    }

    /**
     * The years {@code s} names (four Arabic digits standing alone, or four Chinese digits before 年) that are
     * no horizon, in text order: a year after 到, 至 or 截至, or before 年远景 or 年前, is a horizon
     * ({@code 到2035年}, {@code 二〇三五年远景目标}) and never the year a heading plans for; a year before 年以来
     * starts a span that runs up to now ({@code 2003年以来工作回顾}) and is no year of its own either.
     */
    public static List<Integer> plannableIn(String s) {
        List<Integer> years = new ArrayList<>(2);
        char[] chars = s.toCharArray();
        for (int i = 0; i + 4 <= chars.length; i++) {
            int y = isYearAt(s, i) ? Integer.parseInt(s, i, i + 4, 10) : chineseYearAt(chars, i);
            if (y < 0) {
                continue;
            }
            boolean after = i > 0 && (chars[i - 1] == '到' || chars[i - 1] == '至');
            boolean before = s.startsWith("年远景", i + 4) || s.startsWith("年前", i + 4) || s.startsWith("年以来", i + 4);
            if (!after && !before) {
                years.add(y);
            }
            i += 3;
        }
        return years;
    }

    /** Four Chinese digits and 年 at {@code i} (一九九七年), alone, as a year from 1900 to 2100; else -1. */
    private static int chineseYearAt(char[] chars, int i) {
        if (CHINESE_DIGITS.indexOf(chars[i]) < 0 || i > 0 && CHINESE_DIGITS.indexOf(chars[i - 1]) >= 0) {
            return -1;
        }
        return yearAt(chars, i);
    }

    private static boolean isYearAt(String s, int i) {
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(s.charAt(i + k)) || s.charAt(i + k) > '9') {
                return false;
            }
        }
        boolean alone = (i == 0 || !Character.isDigit(s.charAt(i - 1))) && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)));
        int y = Integer.parseInt(s.substring(i, i + 4));
        return alone && y >= 1900 && y <= 2100;
    }
}
