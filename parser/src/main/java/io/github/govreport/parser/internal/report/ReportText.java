package io.github.govreport.parser.internal.report;

import io.github.govreport.parser.internal.Folding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A report's text cut into lines, each with a clean form for matching keywords: markup removed (HTML
 * and XML tags, Markdown marks, escapes), white space of every width trimmed, full-width ASCII folded,
 * Traditional characters turned Simplified. Every char of a clean line keeps the offset it came from, so
 * whatever is found in the clean form maps back to a span of the text as given.
 *
 * <p>Lines end at LF, at a lone CR (so that CR CR LF is one break, not three) and at form feeds.
 */
public final class ReportText {

    /** One line: its extent in the text as given and its clean form. */
    public static final class Line {
        /** The line's number, 0-based. */
        public final int index;
        /** Where the line starts in the text as given. */
        public final int start;
        /** Where the line ends (before its line break) in the text as given. */
        public final int end;
        /** The clean form, for matching; empty for a blank line. */
        public final String clean;
        private final int[] offsets;

        Line(int index, int start, int end, String clean, int[] offsets) {
            this.index = index;
            this.start = start;
            this.end = end;
            this.clean = clean;
            this.offsets = offsets;
        }

        /** True when nothing but white space and markup stands on the line. */
        public boolean isBlank() {
            return clean.isEmpty();
        }

        /** The offset in the text as given of the clean char at {@code i}; {@code clean.length()} maps past the last char. */
        public int offset(int i) {
            if (i >= clean.length()) {
                return clean.isEmpty() ? start : offsets[clean.length() - 1] + 1;
            }
            return offsets[i];
        }

        /**
         * The chars of the text as given behind clean chars {@code [from, to)}: markup stays out, but
         * full-width and Traditional forms stay as written.
         */
        public String original(String text, int from, int to) {
            StringBuilder s = new StringBuilder(Math.max(0, to - from));
            for (int i = from; i < to; i++) {
                s.append(text.charAt(offsets[i]));
            }
            return s.toString();
        }

        /** Where the clean text starts in the text as given. */
        public int cleanStart() {
            return offset(0);
        }

        /** Where the clean text ends in the text as given. */
        public int cleanEnd() {
            return offset(clean.length());
        }

        /** The index in {@link #clean} of the first clean char at or after the original offset, or the clean length. */
        public int cleanIndexOf(int originalOffset) {
            int lo = 0;
            int hi = clean.length();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (offsets[mid] < originalOffset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        @Override
        public String toString() {
            return index + ": " + clean;
        }
    }

    private final String text;
    private final List<Line> lines;
    private final boolean traditional;

    private ReportText(String text, List<Line> lines, boolean traditional) {
        this.text = text;
        this.lines = lines;
        this.traditional = traditional;
    }

    /** Cuts and cleans {@code text}; linear in its length. */
    public static ReportText of(CharSequence input) {
        String text = input.toString();
        boolean traditional = Traditional.looksTraditional(text);
        List<Line> lines = new ArrayList<>();
        int n = text.length();
        int start = 0;
        boolean inTag = false;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r' || c == '\f') {
                Cleaned cleaned = clean(text, start, i, inTag, traditional);
                inTag = cleaned.inTagAtEnd;
                lines.add(new Line(lines.size(), start, i, cleaned.clean, cleaned.offsets));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                } else if (c == '\r' && i + 2 < n && text.charAt(i + 1) == '\r' && text.charAt(i + 2) == '\n') {
                    i += 2;
                }
                start = i + 1;
            }
        }
        return new ReportText(text, Collections.unmodifiableList(lines), traditional);
    }

    private record Cleaned(String clean, int[] offsets, boolean inTagAtEnd) {}

    private static Cleaned clean(String text, int from, int to, boolean inTag, boolean traditional) {
        char[] out = new char[to - from]; // not a StringBuilder: it would inflate at the first CJK char
        int[] offsets = new int[to - from];
        int k = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (inTag) {
                if (c == '>') {
                    inTag = false;
                }
                continue;
            }
            if (c == '<' && i + 1 < to && isTagStart(text.charAt(i + 1))) {
                if (text.startsWith("<U+", i)) {
                    // literal escape text left by a scraper: <U+00A0>
                    int close = text.indexOf('>', i);
                    if (close > 0 && close < to && close - i <= 9) {
                        i = close;
                        continue;
                    }
                }
                inTag = true;
                continue;
            }
            if (c == '*' && i + 1 < to && text.charAt(i + 1) == '*') {
                i++; // Markdown bold
                continue;
            }
            if (c == '\\' && i + 1 < to && "*_#[]()".indexOf(text.charAt(i + 1)) >= 0) {
                continue; // Markdown escape: keep the escaped char
            }
            if (c == '\u200B' || c == '\u200D' || c == '\uFEFF' || c == '\u200C' || c == '\u2060') {
                continue;
            }
            char f = Folding.fold(c);
            if (f == ' ' || Character.isWhitespace(f)) {
                f = ' ';
            }
            if (traditional) {
                f = Traditional.toSimplified(f);
            }
            out[k] = f;
            offsets[k++] = i;
        }
        // trim white space and leading Markdown heading or quote marks
        int s = 0;
        int e = k;
        while (s < e && (out[s] == ' ' || out[s] == '#' || out[s] == '>' && s + 1 < e && out[s + 1] == ' ')) {
            s++;
        }
        while (e > s && out[e - 1] == ' ') {
            e--;
        }
        int[] trimmed = new int[e - s];
        System.arraycopy(offsets, s, trimmed, 0, e - s);
        return new Cleaned(new String(out, s, e - s), trimmed, inTag);
    }

    private static boolean isTagStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?';
    }

    /** The text as given. */
    public String text() {
        return text;
    }

    /** Every line, in order. */
    public List<Line> lines() {
        return lines;
    }

    /** True when the text is written in Traditional characters (its clean lines are Simplified). */
    public boolean isTraditional() {
        return traditional;
    }

    /** The line that holds the original offset, by binary search. */
    public Line lineAt(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lines.get(lo);
    }
}
