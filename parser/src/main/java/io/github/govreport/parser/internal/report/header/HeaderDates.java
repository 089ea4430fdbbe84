package io.github.govreport.parser.internal.report.header;

import static io.github.govreport.parser.internal.report.header.HeaderChars.*;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds delivery dates in header lines: every {@code YYYY年M月D日} in Arabic or Chinese numerals, the one
 * nearest a meeting, the one that opens a line, and tells page furniture (timestamps, 更新时间, datelines)
 * from header lines.
 */
final class HeaderDates {

    private HeaderDates() {}

    /** A date in a line: {@code [start, end)} in the line; {@code padded} for a zero-padded month or day (01月05日). */
    record Date(LocalDate date, int start, int end, boolean padded) {}

    /** The date on a meeting line: the one nearest before the meeting (…日在<region>第…), else the first there. */
    static Date dateNear(String s, int meetingStart) {
        Date best = null;
        for (Date d : dates(s)) {
            if (d.padded) {
                continue;
            }
            if (d.end <= meetingStart) {
                best = d;
            } else if (best == null) {
                best = d;
                break;
            }
        }
        return best;
    }

    /** The first unpadded date of a line; with {@code atStart}, only a date that opens the line (after a dash). */
    static Date firstDate(String s, boolean atStart) {
        for (Date d : dates(s)) {
            if (d.padded) {
                continue;
            }
            if (atStart) {
                for (int i = 0; i < d.start; i++) {
                    char c = s.charAt(i);
                    if (c != '—' && c != '-' && c != '─') {
                        return null;
                    }
                }
            }
            return d;
        }
        return null;
    }

    /** Chars that may open a date line of its own: dashes, brackets of every width, emphasis. */
    static final String OPENERS = "—-─([{【〔〖<《「*_";

    /** Chars that may close a date line of its own. */
    static final String CLOSERS = ")]}】〕〗>》」*_";

    /**
     * The date of a line that is nothing but a date in brackets or emphasis ({@code (2025年1月15日)},
     * {@code [2025年1月15日]}, {@code *2025年1月15日*}; bold and full-width brackets are folded by then), or null.
     */
    static Date bracketed(String s) {
        int from = 0;
        while (from < s.length() && OPENERS.indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        int to = s.length();
        while (to > from && CLOSERS.indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        if (from == 0 && to == s.length()) {
            return null; // a bare date line: firstDate's case
        }
        List<Date> all = dates(s);
        if (all.size() != 1) {
            return null;
        }
        Date d = all.get(0);
        return !d.padded() && d.start() == from && d.end() == to ? d : null;
    }

    /** A line of page furniture, whose dates are publication or crawl dates, not the delivery date. */
    static boolean isResidue(String s) {
        if (s.contains("时间") || s.contains("更新") || s.contains("发布") || s.contains("来源") || s.endsWith("电")) {
            return true;
        }
        for (int at = s.indexOf('时'); at >= 0; at = s.indexOf('时', at + 1)) {
            if (at > 0 && isDigit(s.charAt(at - 1))) {
                return true; // 07时41分
            }
        }
        return false;
    }

    /** Every YYYY年M月D日 of a line, in Arabic or Chinese numerals (一九八五年五月二十日). */
    static List<Date> dates(String s) {
        List<Date> out = new ArrayList<>();
        for (int y = s.indexOf('年'); y >= 0; y = s.indexOf('年', y + 1)) {
            if (y < 4) {
                continue;
            }
            boolean arabic = allDigits(s, y - 4, y) && (y == 4 || !isDigit(s.charAt(y - 5)));
            boolean chinese = !arabic && allCnDigits(s, y - 4, y);
            if (!arabic && !chinese) {
                continue;
            }
            // month and day are 1–3 chars each (12, 十二); bounded look-ahead keeps a line of 年 linear
            int m = indexWithin(s, '月', y + 2, y + 5);
            if (m < 0) {
                continue;
            }
            int d = indexWithin(s, '日', m + 2, m + 5);
            if (d < 0) {
                continue;
            }
            String ms = s.substring(y + 1, m);
            String ds = s.substring(m + 1, d);
            int year;
            int month;
            int day;
            boolean padded = false;
            if (arabic) {
                if (!allDigits(ms, 0, ms.length()) || !allDigits(ds, 0, ds.length()) || ms.length() > 2 || ds.length() > 2) {
                    continue;
                }
                year = Integer.parseInt(s.substring(y - 4, y));
                month = Integer.parseInt(ms);
                day = Integer.parseInt(ds);
                padded = ms.charAt(0) == '0' || ds.charAt(0) == '0';
            } else {
                year = 0;
                for (int i = y - 4; i < y; i++) {
                    year = year * 10 + cnDigit(s.charAt(i));
                }
                month = smallCn(ms);
                day = smallCn(ds);
            }
            try {
                out.add(new Date(LocalDate.of(year, month, day), y - 4, d + 1, padded));
            } catch (DateTimeException e) {
                // not a calendar date (a typo or a misread run): not the delivery date either
            }
        }
        return out;
    }

    /** The first {@code c} in {@code s[from, to)}, or -1. */
    static int indexWithin(String s, char c, int from, int to) {
        for (int i = from; i < Math.min(to, s.length()); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** 一 … 三十一 as a number, or 0 when it is not one. */
    static int smallCn(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return 0;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? Math.max(0, cnDigit(s.charAt(0))) : 0;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? cnDigit(s.charAt(0)) : -1;
        int ones = ten == s.length() - 1 ? 0 : ten == s.length() - 2 ? cnDigit(s.charAt(ten + 1)) : -1;
        return tens <= 0 || ones < 0 ? 0 : tens * 10 + ones;
    }

    static int cnDigit(char c) {
        int i = CN_DIGITS.indexOf(c);
        return i < 0 ? -1 : i <= 1 ? 0 : i - 1;
    }
}
