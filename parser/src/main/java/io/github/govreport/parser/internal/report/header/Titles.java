package io.github.govreport.parser.internal.report.header;

import static io.github.govreport.parser.internal.report.header.HeaderChars.*;

/**
 * Title lines: where the title stands in a header line (the piece with 政府工作报告 or 施政报告, without
 * date notes or a page's repeat), the year it names, and the region it names.
 */
final class Titles {

    static final String[] TITLE_WORDS = {"政府工作报告", "施政报告"};

    private Titles() {}

    /** Words that a front matter title of other wording is cut around (某某省人民政府2003年工作报告). */
    static final String[] OTHER_WORDS = {"工作报告", "报告"};

    /** The span of the title within a line: the piece with 政府工作报告 or 施政报告, without date notes; or null. */
    static int[] titleSpan(String s) {
        return titleSpan(s, TITLE_WORDS);
    }

    /**
     * The span of the title within a front matter {@code title:} value, of any wording: as {@link
     * #titleSpan(String)}, else around 工作报告 or 报告, else the whole value; null for an empty value.
     */
    static int[] frontMatterSpan(String s) {
        int[] span = titleSpan(s, TITLE_WORDS);
        if (span == null) {
            span = titleSpan(s, OTHER_WORDS);
        }
        if (span == null) {
            span = titleSpan(s, new String[] {s});
        }
        return span;
    }

    private static int[] titleSpan(String s, String[] words) {
        if (s.isEmpty()) {
            return null;
        }
        int kw = -1;
        String word = null;
        for (String w : words) {
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

    /** The region a title names before its title words (or, in a front matter title, before 工作报告 or 报告). */
    static String regionFromTitle(String title) {
        String s = title;
        int kw = indexOfAny(s, TITLE_WORDS);
        if (kw < 0) {
            kw = indexOfAny(s, OTHER_WORDS);
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

    /** Where the first of {@code words} (in their order) stands in {@code s}, or -1. */
    private static int indexOfAny(String s, String[] words) {
        for (String w : words) {
            int at = s.indexOf(w);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    /**
     * The speaker a sentence title names before its meeting: {@code NAME office在…} (王某某市长在…会议上的政府
     * 工作报告) or {@code office NAME在…}; null when the title is no such sentence.
     */
    static Speakers.Speaker speakerInSentence(String s) {
        int at = s.indexOf('在');
        if (at < 3) {
            return null;
        }
        String head = s.substring(0, at);
        if (head.endsWith("同志")) {
            head = head.substring(0, head.length() - 2);
        }
        for (int pos = 0; pos < head.length(); pos++) {
            String office = Speakers.officeAt(head, pos);
            if (office == null) {
                continue;
            }
            String before = head.substring(0, pos);
            String after = head.substring(pos + office.length());
            if (after.isEmpty() && Speakers.isName(before)) {
                return new Speakers.Speaker(office, before, null);
            }
            if (Speakers.isName(after)) {
                return new Speakers.Speaker(office, after, Speakers.speakerRegion(head, pos, office));
            }
        }
        return null;
    }
}
