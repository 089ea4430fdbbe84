package io.github.govreport.parser.internal.report.time;

import io.github.govreport.model.YearSpan;

/**
 * The five-year plans by their names: 六五 (1981-1985) to 十五 (2001-2005), then 十一五 to 十六五. A
 * two-char name (九五, 十五) is a plan only in quotation marks or before 计划, 时期, 期间, 规划 or 末, since
 * 十五 is also fifteen.
 */
public final class FiveYearPlans {

    /** The first chars of the two-char names 六五 … 十五, the sixth to the tenth plans. */
    private static final String TWO_CHAR_FIRSTS = "六七八九十";
    private static final String THREE_CHAR_MIDDLES = "一二三四五六";
    private static final String CHINESE_DIGITS = "〇零一二三四五六七八九十";
    private static final String[] AFTER_TWO_CHAR = {"计划", "时期", "期间", "规划", "末"};

    private FiveYearPlans() {}

    /**
     * The plan whose name starts at {@code i} and ends by {@code end}, as (number << 8 | name length), or
     * -1 where none does.
     */
    public static int nameAt(char[] chars, int i, int end) {
        if (i + 2 > end || chars[i] != '十' && chars[i + 1] != '五') {
            return -1; // the quick test: every name starts with 十 or has 五 second
        }
        if (i > 0 && CHINESE_DIGITS.indexOf(chars[i - 1]) >= 0) {
            return -1; // 二十五: a number, not a plan
        }
        if (i + 3 <= end && chars[i] == '十' && chars[i + 2] == '五' && THREE_CHAR_MIDDLES.indexOf(chars[i + 1]) >= 0) {
            return (11 + THREE_CHAR_MIDDLES.indexOf(chars[i + 1])) << 8 | 3;
        }
        if (i + 2 <= end && chars[i + 1] == '五' && TWO_CHAR_FIRSTS.indexOf(chars[i]) >= 0 && isNamed(chars, i, i + 2)) {
            return (6 + TWO_CHAR_FIRSTS.indexOf(chars[i])) << 8 | 2;
        }
        return -1;
    }

    private static boolean isNamed(char[] chars, int start, int after) {
        if (start > 0 && chars[start - 1] == '“') {
            return true;
        }
        for (String w : AFTER_TWO_CHAR) {
            if (after + w.length() <= chars.length && new String(chars, after, w.length()).equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when a plan's name may start with {@code c}: 十 or the first char of a two-char name. */
    public static boolean canStartWith(char c) {
        return c == '十' || TWO_CHAR_FIRSTS.indexOf(c) >= 0;
    }

    /** The years of the {@code number}-th plan: the sixth began in 1981. */
    public static YearSpan span(int number) {
        int first = 1981 + 5 * (number - 6);
        return new YearSpan(first, first + 4);
    }

    /** The years of the first plan {@code s} names (十三五 → 2016-2020), or null. */
    static YearSpan firstIn(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            int name = nameAt(chars, i, chars.length);
            if (name >= 0) {
                return span(name >>> 8);
            }
        }
        return null;
    }
}
