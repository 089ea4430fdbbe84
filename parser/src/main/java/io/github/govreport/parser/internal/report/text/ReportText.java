package io.github.govreport.parser.internal.report.text;

import io.github.govreport.parser.internal.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A report's text cut into lines, each with a clean form for matching keywords: markup removed (HTML
 * and XML tags, Markdown marks, escapes), HTML entities decoded ({@code &nbsp;}, {@code &amp;}, {@code
 * &#12345;}, {@code &#x4E00;} …), white space of every width trimmed, full-width ASCII folded,
 * Traditional characters turned Simplified. Every char of a clean line keeps the offset it came from, so
 * whatever is found in the clean form maps back to a span of the text as given; the char an entity
 * decodes to keeps the offset of the entity's {@code &}, and a span that ends after it ends after the
 * entity's {@code ;}.
 *
 * <p>Lines end at LF, at a lone CR (so that CR CR LF is one break, not three), at form feeds, vertical
 * tabs, NEL and the Unicode line and paragraph separators (what word processors paste): these are the
 * text's own lines, which problem reports count. Within one such line, an HTML block tag ({@code <br>},
 * {@code <p>}, {@code </p>}, {@code <div>}, {@code <h2>}, {@code <li>} …) that stands after some text
 * ends a line too, so that a page with its paragraphs on one line reads as paragraphs; the tag itself
 * belongs to no line. A Markdown table row ({@code | … |}) is never cut this way: its {@code <br>} breaks
 * a cell, not the row.
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
        /** The number, 0-based, of the text's own line (see the class comment) this line is part of. */
        public final int physical;
        /** Where that line of the text starts in the text as given. */
        public final int physicalStart;
        /**
         * The offset of each clean char in the text as given; null where they run on one by one from
         * {@link #first} (a line with no markup inside, the common case), which saves four bytes a char.
         */
        private final int[] offsets;
        private final int first;
        private final int cleanEndOffset;

        Line(int index, int start, int end, String clean, int[] offsets, int first, int cleanEndOffset, int physical, int physicalStart) {
            this.index = index;
            this.start = start;
            this.end = end;
            this.clean = clean;
            this.offsets = offsets;
            this.first = first;
            this.cleanEndOffset = cleanEndOffset;
            this.physical = physical;
            this.physicalStart = physicalStart;
        }

        /** The same line, ending at {@code newEnd} in the text as given (markup after it joins it). */
        Line extendedTo(int newEnd) {
            return new Line(index, start, newEnd, clean, offsets, first, cleanEndOffset, physical, physicalStart);
        }

        /** True when nothing but white space and markup stands on the line. */
        public boolean isBlank() {
            return clean.isEmpty();
        }

        /** The offset in the text as given of the clean char at {@code i}; {@code clean.length()} maps past the last char. */
        public int offset(int i) {
            if (i >= clean.length()) {
                return clean.isEmpty() ? start : cleanEndOffset;
            }
            return offsets == null ? first + i : offsets[i];
        }

        /**
         * The chars of the text as given behind clean chars {@code [from, to)}: markup stays out, but
         * full-width and Traditional forms stay as written; an entity gives the char it stands for.
         */
        public String original(String text, int from, int to) {
            StringBuilder s = new StringBuilder(Math.max(0, to - from));
            for (int i = from; i < to; i++) {
                int at = offset(i);
                char c = text.charAt(at);
                long entity = c == '&' ? Markup.entity(text, at, text.length()) : -1;
                if (entity < 0) {
                    s.append(c);
                    continue;
                }
                int cp = (int) entity;
                if (i > from && offset(i - 1) == at) {
                    continue; // the second char of a supplementary code point: appended with the first
                }
                if (!Markup.isInvisible(cp)) {
                    s.appendCodePoint(cp);
                }
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
            if (offsets == null) {
                return Math.max(0, Math.min(clean.length(), originalOffset - first));
            }
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
        return of(input, Folding.fold(input));
    }

    /**
     * Cuts and cleans {@code text}, whose folded form ({@link Folding#fold(CharSequence)}) the caller has
     * made already for the value scanner, so that the text is folded once.
     */
    public static ReportText of(CharSequence input, char[] folded) {
        String text = input.toString();
        boolean traditional = Traditional.looksTraditional(text);
        List<Line> lines = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int physical = 0;
        boolean inTag = false;
        Buffers buffers = new Buffers();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? folded[i] : '\n'; // folding keeps every line break as it is
            if (isBreak(c)) {
                inTag = cut(text, folded, start, i, inTag, traditional, physical, lines, buffers);
                if (c == '\r' && i + 1 < n && folded[i + 1] == '\n') {
                    i++;
                } else if (c == '\r' && i + 2 < n && folded[i + 1] == '\r' && folded[i + 2] == '\n') {
                    i += 2;
                }
                start = i + 1;
                physical++;
            }
        }
        return new ReportText(text, Collections.unmodifiableList(lines), traditional);
    }

    private static boolean isBreak(char c) {
        // \n, \u000B, \f and \r are 10 to 13: most chars are past them and take three comparisons
        return c <= '\r' ? c >= '\n' : c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Adds the lines of the text's line {@code [from, to)}: one, or several where block tags cut it.
     * Returns whether a tag is still open at its end.
     */
    private static boolean cut(String text, char[] folded, int from, int to, boolean inTag, boolean traditional, int physical,
            List<Line> lines, Buffers buffers) {
        boolean splittable = !isTableRow(text, from, to);
        buffers.fill(text, from, to);
        int start = from;
        while (true) {
            Cleaned cleaned = clean(text, folded, start, to, inTag, traditional, splittable, buffers, from);
            inTag = cleaned.inTagAtEnd;
            if (start > from && cleaned.clean.isEmpty() && cleaned.stop == to) {
                // only markup after the last cut (</p>): it closes the line before
                lines.set(lines.size() - 1, lines.get(lines.size() - 1).extendedTo(to));
                return inTag;
            }
            lines.add(new Line(lines.size(), start, cleaned.stop, cleaned.clean, cleaned.offsets, cleaned.first,
                    cleaned.cleanEndOffset, physical, from));
            if (cleaned.stop == to) {
                return inTag;
            }
            start = cleaned.resume;
        }
    }

    /** A Markdown table row: its first char after white space is {@code |}. */
    private static boolean isTableRow(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u3000' && c != '\u00A0') {
                return c == '|';
            }
        }
        return false;
    }

    /**
     * The clean form of {@code [from, stop)}; {@code stop} is the end of the text's line or, where a block
     * tag cuts it, the tag's {@code <}, and {@code resume} is where the next line starts (after the tag).
     */
    private record Cleaned(String clean, int[] offsets, int first, int cleanEndOffset, boolean inTagAtEnd, int stop, int resume) {}

    /**
     * The buffers every line is cleaned in, grown to the longest line and used again for the next: the
     * line's chars as given (read from an array rather than one {@code charAt} at a time), its clean chars
     * and their offsets. A clean line copies out what it keeps.
     */
    private static final class Buffers {
        char[] source = new char[256];
        char[] out = new char[256];
        int[] offsets = new int[256];

        void fill(String text, int from, int to) {
            int length = to - from;
            if (length > source.length) {
                int size = Math.max(length, source.length * 2);
                source = new char[size];
                out = new char[size]; // not a StringBuilder: it would inflate at the first CJK char
                offsets = new int[size];
            }
            text.getChars(from, to, source, 0);
        }
    }

    private static Cleaned clean(String text, char[] folded, int from, int to, boolean inTag, boolean traditional, boolean splittable,
            Buffers buffers, int base) {
        char[] source = buffers.source;
        char[] out = buffers.out;
        int[] offsets = buffers.offsets;
        boolean plain = true; // every char kept, one for one: the offsets run on and need no table
        int k = 0;
        boolean content = false; // a char other than a space is in out
        int stop = to;
        int resume = to;
        for (int i = from; i < to; i++) {
            char c = source[i - base];
            if (inTag) {
                plain = false;
                if (c == '>') {
                    inTag = false;
                }
                continue;
            }
            if (!Markup.MARKUP_OR_INVISIBLE[c]) { // most chars: straight into the clean line
                out[k] = cleanFolded(folded[i], traditional);
                content |= out[k] != ' ';
                offsets[k++] = i;
                continue;
            }
            plain = false;
            if (c == '<' && i + 1 < to && Markup.isTagStart(text.charAt(i + 1))) {
                if (text.startsWith("<U+", i)) {
                    // literal escape text left by a scraper: <U+00A0>
                    int close = text.indexOf('>', i);
                    if (close > 0 && close < to && close - i <= 9) {
                        i = close;
                        continue;
                    }
                }
                if (splittable && content && Markup.isBlockTag(text, i + 1, to)) {
                    int close = text.indexOf('>', i);
                    if (close > 0 && close < to) {
                        stop = i;
                        resume = close + 1;
                        break;
                    }
                }
                inTag = true;
                continue;
            }
            if (c == '*' && i + 1 < to && source[i + 1 - base] == '*') {
                i++; // Markdown bold
                continue;
            }
            if (c == '\\' && i + 1 < to && "*_#[]()".indexOf(source[i + 1 - base]) >= 0) {
                continue; // Markdown escape: keep the escaped char
            }
            if (c == '&') {
                long entity = Markup.entity(text, i, to);
                if (entity >= 0) {
                    int cp = (int) entity;
                    if (!Markup.isInvisible(cp)) {
                        for (char d : Character.toChars(cp)) {
                            out[k] = cleanChar(d, traditional);
                            content |= out[k] != ' ';
                            offsets[k++] = i;
                        }
                    }
                    i = (int) (entity >>> 32) - 1;
                    continue;
                }
            }
            if (Markup.isInvisible(c)) {
                continue;
            }
            out[k] = cleanFolded(folded[i], traditional);
            content |= out[k] != ' ';
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
        int first = e > s ? offsets[s] : from;
        boolean runOn = true; // each clean char right after the one before: no table needed
        for (int j = s + 1; j < e && runOn && !plain; j++) {
            runOn = offsets[j] == offsets[j - 1] + 1;
        }
        int[] trimmed = runOn ? null : Arrays.copyOfRange(offsets, s, e);
        int cleanEnd = from;
        if (e > s) {
            int last = offsets[e - 1];
            long entity = text.charAt(last) == '&' ? Markup.entity(text, last, to) : -1;
            cleanEnd = entity >= 0 ? (int) (entity >>> 32) : last + 1;
        }
        return new Cleaned(new String(out, s, e - s), trimmed, first, cleanEnd, inTag, stop, resume);
    }

    private static char cleanChar(char c, boolean traditional) {
        return cleanFolded(Folding.fold(c), traditional);
    }

    /** A folded char with every white space as an ASCII space, and Simplified in a Traditional text. */
    private static char cleanFolded(char f, boolean traditional) {
        char c = SPACED[f];
        return traditional ? Traditional.toSimplified(c) : c;
    }

    /** Each char, or a space for white space: a table, as {@code Character.isWhitespace} per char was a hot spot. */
    private static final char[] SPACED = spaced();

    private static char[] spaced() {
        char[] t = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            t[c] = Character.isWhitespace(c) ? ' ' : (char) c;
        }
        return t;
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
