package io.github.govreport.parser.internal.report;

import static io.github.govreport.parser.internal.report.HeaderChars.*;

/**
 * Title lines: where the title stands in a header line (the piece with 政府工作报告 or 施政报告, without
 * date notes or a page's repeat), the year it names, and the region it names.
 */
final class Titles {

    static final String[] TITLE_WORDS = {"政府工作报告", "施政报告"};

    private Titles() {}

    /** The span of the title within a line: the piece with 政府工作报告 or 施政报告, without date notes; or null. */
    static int[] titleSpan(String s) {
        int kw = -1;
        String word = null;
        for (String w : TITLE_WORDS) {
            int at = s.indexOf(w);
            if (at >= 0 && (kw < 0 || at < kw)) {
                kw = at;
                word = w;
            }
        }
        if (kw < 0) {
            return null;
        }
        // pieces are cut by a dash run (政府工作报告  ——2020年…) or a page-title bar (施政報告 | 行政長官…)
        int from = 0;
        int to = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean cut = c == '|' || ((c == '—' || c == '-') && i + 1 < s.length() && s.charAt(i + 1) == c);
            if (!cut) {
                continue;
            }
            if (i < kw) {
                from = i + 1;
                while (from < s.length() && (s.charAt(from) == c)) {
                    from++;
                }
                i = from - 1;
            } else if (i >= kw + word.length()) {
                to = i;
                break;
            }
        }
        if (s.indexOf('|') >= 0) {
            // the bar separates a short and a long form; the long one says more (行政长官2025年施政报告)
            int other = s.indexOf(word, kw + word.length());
            if (other >= 0) {
                int bar = s.lastIndexOf('|', other);
                if (bar > kw) {
                    int end = s.indexOf('|', other);
                    from = bar + 1;
                    to = end < 0 ? s.length() : end;
                }
            }
        }
        // a sentence title (…会议上的政府工作报告): the title is what follows 的
        int de = s.lastIndexOf("上的", kw);
        if (de >= from && s.indexOf("会议", from) >= 0 && s.indexOf("会议", from) < de) {
            from = de + 2;
        }
        // a trailing (YYYY年M月D日 NAME) is a note on the delivery, not part of the title; (文字实录) is
        int open = s.indexOf('(', kw + word.length());
        if (open >= 0 && open < to) {
            int close = s.indexOf(')', open);
            if (close < 0) {
                close = to;
            }
            String note = s.substring(open, Math.min(close, to));
            if (note.indexOf('年') >= 0 && note.indexOf('日') >= 0) {
                to = open;
            }
        }
        // a title written twice in a row by the page (2020年X市政府工作报告2020年X市政府工作报告)
        int len = to - from;
        if (len % 2 == 0 && len >= 12 && s.regionMatches(from, s, from + len / 2, len / 2)) {
            to = from + len / 2;
        }
        return from < to ? new int[] {from, to} : null;
    }

    /** A 4-digit year written in a title (YYYY年, not the year of a date), or null. */
    static Integer yearIn(String s) {
        for (int at = s.indexOf('年'); at >= 0; at = s.indexOf('年', at + 1)) {
            if (at < 4 || !allDigits(s, at - 4, at) || (at > 4 && isDigit(s.charAt(at - 5)))) {
                continue;
            }
            int m = at + 1;
            while (m < s.length() && isDigit(s.charAt(m))) {
                m++;
            }
            if (m > at + 1 && m < s.length() && s.charAt(m) == '月') {
                continue; // a date
            }
            return Integer.parseInt(s.substring(at - 4, at));
        }
        return null;
    }

    static String regionFromTitle(String title) {
        String s = title;
        int kw = -1;
        for (String w : TITLE_WORDS) {
            int at = s.indexOf(w);
            if (at >= 0) {
                kw = at;
                break;
            }
        }
        if (kw < 0) {
            return null;
        }
        s = s.substring(0, kw);
        // drop the year wherever it stands: 2025年湖北省…, 合肥市2008年…
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i + 5 <= s.length() && allDigits(s, i, i + 4) && s.charAt(i + 4) == '年') {
                i += 4;
                continue;
            }
            b.append(s.charAt(i));
        }
        s = b.toString();
        if (s.endsWith("人民")) {
            s = s.substring(0, s.length() - 2); // …人民政府工作报告
        }
        if (s.endsWith("人民政府")) {
            s = s.substring(0, s.length() - 4);
        }
        for (String office : Speakers.OFFICES) {
            if (s.endsWith(office)) {
                s = s.substring(0, s.length() - office.length()); // 市长施政报告, 行政长官…施政报告
                break;
            }
        }
        return RegionNames.isRegion(s) ? s : null;
    }
}
