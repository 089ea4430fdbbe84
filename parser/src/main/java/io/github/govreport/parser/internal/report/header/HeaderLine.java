package io.github.govreport.parser.internal.report.header;

import static io.github.govreport.parser.internal.report.header.HeaderChars.*;

import io.github.govreport.parser.internal.report.text.ReportText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A header line, or several physical lines joined where a break is known to fall (inside the meeting,
 * inside the title, between office and name), with all spaces removed; each char keeps its offset in the
 * text as given. Also reads the {@code title:} of a YAML front matter block into such a line.
 */
final class HeaderLine {
    final int first;
    int last;
    final boolean yaml;
    private final StringBuilder chars = new StringBuilder();
    private int[] offsets = new int[32];
    String s = "";

    HeaderLine(int first, boolean yaml) {
        this.first = first;
        this.last = first;
        this.yaml = yaml;
    }

    void append(ReportText.Line line, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = line.clean.charAt(i);
            if (c == ' ') {
                continue; // 政 府 工 作 报 告, 汪 泉, 2 0 2 2 年: spaces carry nothing in a header
            }
            if (chars.length() == offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[chars.length()] = line.offset(i);
            chars.append(c);
        }
        last = Math.max(last, line.index);
        freeze();
    }

    void freeze() {
        s = chars.toString();
    }

    /** Drops quotes around a YAML value. */
    void stripQuotes() {
        freeze();
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            chars.deleteCharAt(chars.length() - 1);
            chars.deleteCharAt(0);
            System.arraycopy(offsets, 1, offsets, 0, chars.length());
            freeze();
        }
    }

    /**
     * The chars {@code from..to} as a value: the clean (Simplified) chars, but full-width punctuation
     * as the report wrote it, so that a title keeps its （文字实录） rather than the folded ASCII form.
     */
    String value(ReportText text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        String all = text.text();
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            char original = all.charAt(offsets[i]);
            out.append(original >= '\uFF01' && original <= '\uFF5E' && !Character.isLetterOrDigit(c) ? original : c);
        }
        return out.toString();
    }

    /**
     * The YAML front matter of {@code lines}: line 0 is exactly {@code ---}, up to the next {@code ---}
     * within {@code reach} lines. An unclosed {@code ---} is a rule, not front matter.
     *
     * @param title the {@code title:} value, or null
     * @param end the index of the first line after the block, 0 when there is none
     */
    record FrontMatter(HeaderLine title, int end) {

        static FrontMatter of(List<ReportText.Line> lines, int reach) {
            int n = lines.size();
            HeaderLine title = null;
            if (n == 0 || !lines.get(0).clean.equals("---")) {
                return new FrontMatter(null, 0);
            }
            for (int i = 1; i < Math.min(n, reach); i++) {
                String c = lines.get(i).clean;
                if (c.equals("---")) {
                    if (title != null) {
                        title.freeze();
                    }
                    return new FrontMatter(title, i + 1);
                }
                if (c.startsWith("title:") && title == null) {
                    title = new HeaderLine(i, true);
                    title.append(lines.get(i), "title:".length(), c.length());
                    title.stripQuotes();
                }
            }
            return new FrontMatter(null, 0);
        }
    }

    static List<HeaderLine> logicals(List<ReportText.Line> lines, int from, int to) {
        List<HeaderLine> out = new ArrayList<>();
        HeaderLine current = null;
        for (int i = from; i < to; i++) {
            ReportText.Line line = lines.get(i);
            if (line.isBlank()) {
                continue; // broken meeting lines have blank lines between their halves (wulumuqi, yingze)
            }
            String next = despace(line.clean);
            if (next.isEmpty()) {
                continue;
            }
            if (current != null && joins(current.s, next)) {
                current.append(line, 0, line.clean.length());
            } else {
                current = new HeaderLine(i, false);
                current.append(line, 0, line.clean.length());
                out.add(current);
            }
        }
        return out;
    }

    /** True where a header line is known to break: inside the meeting, inside the title, between office and name. */
    static boolean joins(String previous, String next) {
        if (previous.endsWith("人民代表大会") && next.startsWith("第")) {
            return true;
        }
        if (previous.endsWith("届") && (next.startsWith("人民代表大会") || next.startsWith("全国人民代表大会"))) {
            return true;
        }
        if ((previous.endsWith("政府工作报") || previous.endsWith("施政报")) && next.startsWith("告")) {
            return true;
        }
        if (Speakers.isName(next) && !next.equals(HeaderChars.BODY_OPENING)) {
            if (Speakers.endsWithCompound(previous)) {
                return true; // 国务院副总理兼某某委员会主任 / 王某某
            }
            for (String office : Speakers.OFFICES) {
                if (previous.endsWith(office)) {
                    return true;
                }
            }
        }
        return false;
    }
}
