package io.github.govreport.parser.internal.report;

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
 */
record Heading(ReportText.Line line, int rank, String title, int titleAt, boolean inline) {

    static final int BARE = 0;

    /** The title as written in the text as given (full-width and Traditional forms kept, markup out). */
    String originalTitle(String text) {
        return line.original(text, titleAt, titleAt + title.length());
    }

    /** Reads {@code line} as a heading, or returns null when it is a paragraph. */
    static Heading of(ReportText.Line line) {
        String s = line.clean;
        if (s.isEmpty() || s.contains("...") || s.contains("…") || s.contains("···")) {
            return null; // a table of contents line (前言........1), not a heading
        }
        int numbered = numberingEnd(s);
        if (numbered < 0) {
            return bare(line);
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
        if (stop >= 0 && stop < rest.length() - 1 || rest.length() > 50) {
            return stop == 0 ? null : new Heading(line, rank, lead(rest, stop), restAt, true);
        }
        String title = stop == rest.length() - 1 ? rest.substring(0, stop) : rest;
        int colon = title.indexOf(':');
        if (colon > 0 && colon <= 25 && colon < title.length() - 1) {
            return new Heading(line, rank, title.substring(0, colon), restAt, true); // 1、TITLE:DESC
        }
        return new Heading(line, rank, title, restAt, false);
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
    private static Heading bare(ReportText.Line line) {
        String s = line.clean;
        if (s.length() > 32 || s.startsWith("各位代表")) {
            return null;
        }
        char last = s.charAt(s.length() - 1);
        if (last == '。' || last == ',' || last == ';' || last == '!' || last == '?' || "、的和与及在对把将".indexOf(last) >= 0) {
            return null;
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
        return partWords ? new Heading(line, BARE, title, 0, false) : null;
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
