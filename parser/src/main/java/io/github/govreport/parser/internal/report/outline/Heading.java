package io.github.govreport.parser.internal.report.outline;

import io.github.govreport.parser.internal.report.text.ReportText;

/**
 * A heading line: its numbering kind (which ranks it among the report's headings), its title, and
 * whether the paragraph runs on after it on the same line.
 *
 * @param line the line
 * @param rank 0 for a bare part heading (2017年工作回顾) or a formal one (壹、, 第一章), 1 for 一、, 2 for
 *     (一) and 第一, 3 for 1、 and 1., 4 for (1)
 * @param title the heading without its numbering: for an inline heading, its lead sentence
 * @param titleAt where the title starts in the line's clean text
 * @param inline true when body text follows the title on the same line
 * @param next the line the heading continues on (一、2025年工作回顾和 / 2026年工作安排), or null
 * @param sub the sub-part that opens on the same line after the title ({@code **三、做强产业** （一）稳住农业，…}),
 *     or null
 */
public record Heading(ReportText.Line line, int rank, String title, int titleAt, boolean inline, ReportText.Line next, Heading sub) {

    static final int BARE = 0;

    /** The chars that end a heading broken over two lines: it goes on in the next. */
    private static final String CONNECTORS = "和与及、暨";

    Heading(ReportText.Line line, int rank, String title, int titleAt, boolean inline) {
        this(line, rank, title, titleAt, inline, null, null);
    }

    Heading(ReportText.Line line, int rank, String title, int titleAt, boolean inline, ReportText.Line next) {
        this(line, rank, title, titleAt, inline, next, null);
    }

    /** The title as written in the text as given (full-width and Traditional forms kept, markup out). */
    public String originalTitle(String text) {
        int end = titleAt + title.length();
        int n = line.clean.length();
        if (next == null || end <= n) {
            return line.original(text, titleAt, Math.min(end, n));
        }
        return line.original(text, titleAt, n) + next.original(text, 0, end - n);
    }

    /** Reads {@code line} as a heading, or returns null when it is a paragraph. */
    static Heading of(ReportText.Line line) {
        return of(line, line.clean, null);
    }

    /**
     * Reads {@code line} and {@code next} as one heading broken over the two, or returns null: the first
     * must end with a connector (和, 与, 、) or be a bare numbering mark, the second be a short phrase.
     */
    static Heading joined(ReportText.Line line, ReportText.Line next) {
        String s = line.clean;
        String n = next.clean;
        int mark = s.isEmpty() ? -1 : numberingEnd(s);
        boolean markOnly = mark >= 0 && (mark & 0xFFFF) == s.length();
        boolean broken = !s.isEmpty() && (markOnly || CONNECTORS.indexOf(s.charAt(s.length() - 1)) >= 0);
        if (!broken || s.length() > 40 || n.length() > 30 || n.indexOf('。') >= 0 && n.indexOf('。') < n.length() - 1
                || n.indexOf(',') >= 0 || numberingEnd(n) >= 0) {
            return null;
        }
        Heading h = of(line, s + n, next);
        return h == null || h.inline ? null : h;
    }

    private static Heading of(ReportText.Line line, String s, ReportText.Line next) {
        if (s.isEmpty() || s.contains("...") || s.contains("…") || s.contains("···")) {
            return null; // a table of contents line (前言........1), not a heading
        }
        int numbered = numberingEnd(s);
        if (numbered < 0) {
            return bare(line, s, next);
        }
        int rank = numbered >>> 16;
        int at = numbered & 0xFFFF;
        int restAt = at;
        while (restAt < s.length() && s.charAt(restAt) == ' ') {
            restAt++;
        }
        String rest = s.substring(restAt).strip();
        if (rest.isEmpty()) {
            return null;
        }
        if (rest.endsWith(";")) {
            return null; // an item of an outline list (一、关于…问题；), not a heading
        }
        int stop = rest.indexOf('。');
        int sub = subPartAt(rest, stop < 0 ? rest.length() : stop, rank);
        if (sub > 0) {
            // the part's title ends where its first sub-part opens; the sub-part is a heading of its own
            Heading inner = of(line, rest.substring(sub), null);
            int subAt = restAt + sub;
            Heading shifted = new Heading(line, inner.rank, inner.title, inner.titleAt + subAt, inner.inline, null, inner.sub);
            return new Heading(line, rank, rest.substring(0, sub).strip(), restAt, false, next, shifted);
        }
        if (stop >= 0 && stop < rest.length() - 1 || rest.length() > 50) {
            return stop == 0 ? null : new Heading(line, rank, lead(rest, stop), restAt, true, next);
        }
        String title = stop == rest.length() - 1 ? rest.substring(0, stop) : rest;
        int colon = title.indexOf(':');
        if (colon > 0 && colon <= 25 && colon < title.length() - 1) {
            return new Heading(line, rank, title.substring(0, colon), restAt, true, next); // 1、TITLE:DESC
        }
        return new Heading(line, rank, title, restAt, false, next);
    }

    /**
     * Where a sub-part's mark opens inside {@code rest}[0, {@code end}), the title of a heading of
     * {@code rank}, or -1: a mark of a lower rank (（一）, 1.) right after a space or a bracket's start, with at
     * least two chars of title before it. The bold around a part's title is lost in the clean text, so
     * {@code **三、做强产业** （一）稳住农业} reads 三、做强产业 (一)稳住农业.
     */
    private static int subPartAt(String rest, int end, int rank) {
        for (int i = 2; i < end; i++) {
            char c = rest.charAt(i);
            boolean opens = c == '(' || c == ' ' && i + 1 < end && rest.charAt(i + 1) != ' ';
            if (!opens) {
                continue;
            }
            int from = c == ' ' ? i + 1 : i;
            char first = rest.charAt(from);
            char second = from + 1 < end ? rest.charAt(from + 1) : ' ';
            boolean markLike = first == '(' ? isChineseCount(second) || Character.isDigit(second)
                    : isChineseCount(first) || first == '第' || first >= '0' && first <= '9';
            if (!markLike) {
                continue; // most spaces and brackets open no mark: no copy for them
            }
            int mark = numberingEnd(rest.substring(from, Math.min(end, from + 6)));
            if (mark >= 0 && (mark >>> 16) > rank && (mark & 0xFFFF) < end - from) {
                return from;
            }
        }
        return -1;
    }

    /** The lead of an inline heading: its first sentence, or when that is long, its first clause or 30 chars. */
    private static String lead(String rest, int stop) {
        if (stop > 0 && stop <= 40) {
            return rest.substring(0, stop);
        }
        int comma = indexOfAny(rest, ",:;。");
        return comma > 0 && comma <= 30 ? rest.substring(0, comma) : rest.substring(0, Math.min(30, rest.length()));
    }

    /**
     * The end of a numbering mark at the start of {@code s}, with the rank in the high bits; -1 when
     * there is none.
     */
    private static int numberingEnd(String s) {
        int n = s.length();
        int k = 0;
        if (s.startsWith("第") && n > 2) {
            int j = 1;
            while (j < n && isChineseCount(s.charAt(j))) {
                j++;
            }
            if (j > 1 && j < n && s.charAt(j) == '章') {
                return (BARE << 16) | (j + 1);
            }
            if (j > 1 && j < n && (s.charAt(j) == ',' || s.charAt(j) == '、')) {
                return (2 << 16) | (j + 1);
            }
            return -1;
        }
        if (s.charAt(0) == '(') {
            int j = 1;
            while (j < n && isChineseCount(s.charAt(j))) {
                j++;
            }
            if (j > 1 && j < n && s.charAt(j) == ')') {
                return (2 << 16) | (j + 1);
            }
            j = 1;
            while (j < n && j < 4 && Character.isDigit(s.charAt(j))) {
                j++;
            }
            if (j > 1 && j < n && s.charAt(j) == ')') {
                return (4 << 16) | (j + 1);
            }
            return -1;
        }
        if ("壹贰叁肆伍陆柒捌玖".indexOf(s.charAt(0)) >= 0 && n > 1 && s.charAt(1) == '、') {
            return (BARE << 16) | 2;
        }
        while (k < n && isChineseCount(s.charAt(k))) {
            k++;
        }
        if (k > 0 && k <= 3 && k < n && s.charAt(k) == '、') {
            return (1 << 16) | (k + 1);
        }
        if (k > 0 && k <= 3 && k + 1 < n && s.charAt(k) == ')') {
            return (2 << 16) | (k + 1); // (七) with its opening bracket lost (PDF text): 七)政府自身建设加强
        }
        k = 0;
        while (k < n && k < 3 && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
            k++;
        }
        if (k > 0 && k < n && (s.charAt(k) == '、' || s.charAt(k) == '.' && (k + 1 >= n || !Character.isDigit(s.charAt(k + 1))))) {
            return (3 << 16) | (k + 1);
        }
        return -1;
    }

    private static boolean isChineseCount(char c) {
        return "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /** A short line without numbering that names a part: 2017年工作回顾, 附:, 《政府工作报告》相关注释. */
    private static Heading bare(ReportText.Line line, String s, ReportText.Line next) {
        if (s.length() > 32 || s.startsWith("各位代表")) {
            return null;
        }
        if (s.charAt(0) == '—' || s.charAt(0) == '―' || s.charAt(0) == '-') {
            return null; // an item of a dashed list (―― 全面完成“十一五”规划目标), not a part
        }
        char last = s.charAt(s.length() - 1);
        if (last == '。' || last == ',' || last == ';' || last == '!' || last == '?' || "、的和与及在对把将".indexOf(last) >= 0) {
            return null;
        }
        if (s.endsWith(":") && !s.startsWith("附")) {
            return null; // a lead that opens what follows (…的主要工作及特点:), often bold: not a part
        }
        String title = s.endsWith(":") ? s.substring(0, s.length() - 1) : s;
        if (title.endsWith("是") || title.endsWith("为") || title.contains("预期目标")) {
            return null; // the line that opens a target list, not a heading
        }
        if (title.isEmpty() || title.indexOf('。') >= 0 || title.indexOf(',') >= 0 && !title.startsWith("附")) {
            return null;
        }
        boolean partWords = Part.of(title) != null || title.startsWith("附件") || title.startsWith("附录")
                || title.equals("附") || title.startsWith("关于");
        return partWords ? new Heading(line, BARE, title, 0, false, next) : null;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
