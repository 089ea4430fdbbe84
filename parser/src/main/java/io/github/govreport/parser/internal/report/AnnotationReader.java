package io.github.govreport.parser.internal.report;

import io.github.govreport.core.Span;
import io.github.govreport.model.Annotation;
import io.github.govreport.parser.ReportProblem;
import io.github.govreport.parser.internal.report.ReportText.Line;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a report's glossary notes and links each to the places in the body that refer to it.
 *
 * <p><b>Glossary blocks.</b> The outline hands over the lines below a heading such as 名词解释. Every
 * line is matched in its clean form (so ［1］ and [1], ： and : look alike, and Markdown bold is gone).
 * A block is <em>numbered</em> when its first line that looks like an entry carries a number:
 * <ul>
 *   <li>{@code [n]TERM:DEF}, {@code n.TERM:DEF}, {@code n、TERM:DEF}, {@code n. TERM:DEF} (n is 1–3 ASCII
 *       digits after folding; the digits are never read on into a decimal, so {@code 16.10条…} is note 16
 *       with the term {@code 10条…});
 *   <li>{@code n.TERM:} alone, its definition on the following lines;
 *   <li>a numbered line with no {@code TERM:} before a sentence end (a statement such as
 *       本报告数据为预计数) is a note whose term is the synthetic label {@code [n]}, the form its body
 *       marker takes.
 * </ul>
 * In a numbered block every line without an acceptable number is a continuation: the sub-lines
 * {@code “X”:…} that explain the parts of a term, a definition split over several lines, a sub-list
 * {@code 1、…2、…} inside a definition (its numbers do not go up from the current note), a line that
 * starts with a decimal ({@code 3.26公里…}). Otherwise the block is <em>unnumbered</em>: a line whose
 * first ':' comes after a short term ({@value #UNNUMBERED_TERM_MAX} chars at most, without , ; 。! ?)
 * starts a note, and any other line continues the note before it. Continuations are joined to the
 * definition with no separator, because the splits in the sources fall inside sentences and words;
 * only a break between two Latin letters or digits becomes a space.
 *
 * <p><b>Hong Kong notes.</b> Anywhere in the body, a line whose clean text starts with {@code 注n:}
 * (註 in a Traditional text) is a note with the term {@code 注n}; its definition is the rest of the line
 * or, when that is empty, the next non-blank line, and goes on over the lines that follow with no blank
 * line between as long as no sentence has ended ({@code 。!?;}): a paragraph wrapped by its markup.
 *
 * <p><b>What the notes read.</b> Term and definition are the text as written, with markup left out:
 * the original char behind every clean char, so full widths and Traditional characters are kept. A term
 * written as one quoted token ({@code “亩均论英雄”}) loses its outer quotes; a term made of several
 * quoted parts ({@code “两重”“两新”}) is kept whole. The span runs from the note's first char (its
 * number, if any) to the end of its last definition line.
 *
 * <p><b>References</b>, searched in the body lines outside the blocks, each list in text order:
 * <ul>
 *   <li>numbered notes: every inline marker {@code [n]} / {@code ［n］}; the span covers the marker with
 *       its brackets. A marker goes to the first note of its number at or after it (the last one if none
 *       follows), so a glossary numbered again from 1 after each chapter still links right. A marker
 *       with no note of its number is an {@link ReportProblem.Type#UNMATCHED_NOTE_MARKER}; so is a
 *       numbered note without a marker when the body uses markers at all (the same holds for
 *       superscripts and 注n notes);
 *   <li>Hong Kong notes: every {@code <superscript>n</superscript>} of the original text; the span
 *       covers the whole element, tags included, since that is the marker as written. Superscripts are
 *       only looked for when the text has {@code 注n} notes, where they cannot be units such as m²;
 *   <li>notes with no marker and a real term: the occurrences of the term, quoted ({@code “TERM”}) if
 *       the quoted form occurs at all, else bare, else (for a term such as {@code “两重”“两新”} that the body
 *       never writes whole) the occurrences of its quoted parts of two chars or more; the span covers what
 *       was found without the quotes. At most {@value #MAX_TERM_REFERENCES} per note.
 * </ul>
 *
 * <p><b>Cost.</b> Blocks and markers are read in one pass over their lines. Term references cost one
 * {@link String#indexOf(String, int)} scan of the body per form tried (the quoted term, the bare term,
 * each quoted part), so O(terms × body): about 10⁷ char steps for 100 terms over a 100,000-char body.
 * No regular expressions.
 *
 * <p>Lines that cannot be read (a line before the first note of a block, a note whose definition is
 * empty) are reported as {@link ReportProblem.Type#UNREADABLE_NOTE} and skipped.
 */
final class AnnotationReader {

    /** The longest term of an unnumbered note; longer "terms" are sentences with a colon in them. */
    static final int UNNUMBERED_TERM_MAX = 30;
    /** The longest term of a numbered note; the number already says the line starts a note. */
    static final int NUMBERED_TERM_MAX = 60;
    /** The most term references kept per note: a short term can occur hundreds of times. */
    static final int MAX_TERM_REFERENCES = 50;

    private static final String OPEN_QUOTES = "“「『\"";
    private static final String CLOSE_QUOTES = "”」』\"";
    private static final String SUPERSCRIPT_OPEN = "<superscript>";
    private static final String SUPERSCRIPT_CLOSE = "</superscript>";

    private AnnotationReader() {}

    /** A note being read. */
    private static final class Note {
        /** The note number; 0 for an unnumbered note. */
        final int number;
        /** True for a Hong Kong {@code 注n} note, whose markers are superscripts. */
        final boolean hongKong;
        final String term;
        /** The term in clean form, for searching the clean body; null when the term is a synthetic label. */
        final String cleanTerm;
        /** The quotes the term was written in, or “” when it was not quoted. */
        final char open;
        final char close;
        final int start;
        int end;
        final StringBuilder definition = new StringBuilder();
        final List<Span> references = new ArrayList<>();

        Note(int number, boolean hongKong, String term, String cleanTerm, char open, char close, int start, int end) {
            this.number = number;
            this.hongKong = hongKong;
            this.term = term;
            this.cleanTerm = cleanTerm;
            this.open = open;
            this.close = close;
            this.start = start;
            this.end = end;
        }
    }

    /** An inline marker in the body. */
    private record Marker(int number, Span span) {}

    /**
     * Reads the notes of {@code blocks} and the Hong Kong notes of the body, with their references.
     *
     * @param text the report
     * @param blocks the glossary blocks the outline found, each as [firstLine, endLineExclusive) of line
     *     indices — the lines after a heading such as 名词解释 (the heading line itself excluded); may be empty
     * @param bodyStart the first line of the report body, where references and Hong Kong notes are searched
     * @param bodyEnd the line after the body; lines inside {@code blocks} are left out of the body
     * @param problems where unreadable lines and unmatched markers are reported
     * @return the notes in text order
     */
    static List<Annotation> read(ReportText text, List<int[]> blocks, int bodyStart, int bodyEnd, Problems problems) {
        List<Line> lines = text.lines();
        int count = lines.size();
        boolean[] inBlock = new boolean[count];
        List<Note> notes = new ArrayList<>();
        for (int[] block : blocks) {
            int from = clamp(block[0], count);
            int to = clamp(block[1], count);
            // lines shared with an earlier block were read there already
            while (from < to && inBlock[from]) {
                from++;
            }
            for (int i = from; i < to; i++) {
                inBlock[i] = true;
            }
            readBlock(text, from, to, notes, problems);
        }
        int bs = clamp(bodyStart, count);
        int be = Math.max(bs, clamp(bodyEnd, count));
        readHongKongNotes(text, bs, be, inBlock, notes, problems);
        notes.sort(Comparator.comparingInt(n -> n.start));

        linkBracketMarkers(text, bs, be, inBlock, notes, problems);
        linkSuperscripts(text, bs, be, inBlock, notes, problems);
        linkTerms(text, bs, be, inBlock, notes);

        List<Annotation> out = new ArrayList<>(notes.size());
        for (Note note : notes) {
            out.add(new Annotation(note.term, note.definition.toString(), new Span(note.start, note.end), note.references));
        }
        return out;
    }

    private static int clamp(int index, int count) {
        return Math.max(0, Math.min(index, count));
    }

    // ---------------------------------------------------------------- glossary blocks

    private static void readBlock(ReportText text, int from, int to, List<Note> out, Problems problems) {
        List<Line> lines = text.lines();
        boolean numbered = startsNumbered(lines, from, to);
        Note current = null;
        int lastNumber = 0;
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Note started = numbered ? numberedNote(text, line, lastNumber) : unnumberedNote(text, line);
            if (started != null) {
                finish(current, out, problems);
                current = started;
                lastNumber = started.number;
            } else if (current == null) {
                problems.report(ReportProblem.Type.UNREADABLE_NOTE, line.cleanStart(),
                    numbered ? "glossary line before the first numbered note" : "glossary line is not of the form TERM: DEFINITION");
            } else {
                continueDefinition(text, line, current);
            }
        }
        finish(current, out, problems);
    }

    private static void finish(Note note, List<Note> out, Problems problems) {
        if (note == null) {
            return;
        }
        if (note.definition.isEmpty()) {
            problems.report(ReportProblem.Type.UNREADABLE_NOTE, note.start, "glossary note without a definition");
            return;
        }
        out.add(note);
    }

    /** True when the first line of the block that looks like a note carries a note number. */
    private static boolean startsNumbered(List<Line> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String s = lines.get(i).clean;
            if (s.isEmpty()) {
                continue;
            }
            if (label(s) != null) {
                return true;
            }
            if (termEnd(s, 0, UNNUMBERED_TERM_MAX, true) >= 0) {
                return false;
            }
        }
        return false;
    }

    /**
     * The note number at the start of a clean line: {@code [n]}, {@code n.} or {@code n、} with n of 1–3
     * ASCII digits. Returns {number, index after the label and any spaces}, or null.
     */
    static int[] label(String s) {
        boolean bracket = !s.isEmpty() && s.charAt(0) == '[';
        int d0 = bracket ? 1 : 0;
        int d = d0;
        // look at one digit more than allowed, to refuse 4-digit numbers (years) outright
        while (d < s.length() && d - d0 <= 3 && isDigit(s.charAt(d))) {
            d++;
        }
        int digits = d - d0;
        if (digits < 1 || digits > 3 || d >= s.length()) {
            return null;
        }
        char sep = s.charAt(d);
        if (bracket ? sep != ']' : sep != '.' && sep != '、') {
            return null;
        }
        int number = Integer.parseInt(s, d0, d, 10);
        if (number == 0) {
            return null;
        }
        int rest = d + 1;
        while (rest < s.length() && s.charAt(rest) == ' ') {
            rest++;
        }
        return new int[] {number, rest};
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The index of the ':' that ends a term starting at {@code from}, or -1: the first ':' within
     * {@code max} chars, with a non-blank term before it free of sentence punctuation (and, when
     * {@code strict}, of commas too, since an unnumbered line has nothing else to say it is a note).
     */
    private static int termEnd(String s, int from, int max, boolean strict) {
        int limit = Math.min(s.length(), from + max + 1);
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return s.substring(from, i).isBlank() ? -1 : i;
            }
            if (c == '。' || c == ';' || strict && (c == ',' || c == '!' || c == '?')) {
                return -1;
            }
        }
        return -1;
    }

    private static Note numberedNote(ReportText text, Line line, int lastNumber) {
        String s = line.clean;
        int[] label = label(s);
        if (label == null) {
            return null;
        }
        int number = label[0];
        int rest = label[1];
        int colon = termEnd(s, rest, NUMBERED_TERM_MAX, false);
        boolean digitFollows = rest < s.length() && isDigit(s.charAt(rest));
        boolean accept;
        if (lastNumber == 0) {
            accept = true;
        } else if (number <= lastNumber) {
            accept = false; // a sub-list inside the definition
        } else if (number == lastNumber + 1) {
            accept = !digitFollows || colon >= 0; // 3.26公里… without a term is a decimal, 16.10条…: a note
        } else {
            accept = !digitFollows; // a gap in the numbering, but not a decimal
        }
        if (!accept) {
            return null;
        }
        Note note;
        if (colon >= 0) {
            note = termNote(text, line, number, rest, colon);
        } else {
            // a statement note: no term, so the note is known by its marker
            note = new Note(number, false, "[" + number + "]", null, '“', '”', line.cleanStart(), line.cleanEnd());
            appendWritten(text, line, rest, s.length(), note.definition);
        }
        return note;
    }

    private static Note unnumberedNote(ReportText text, Line line) {
        String s = line.clean;
        if (label(s) != null) {
            return null;
        }
        int colon = termEnd(s, 0, UNNUMBERED_TERM_MAX, true);
        return colon < 0 ? null : termNote(text, line, 0, 0, colon);
    }

    /** A note whose term is clean chars [from, colon) of the line and whose definition follows the colon. */
    private static Note termNote(ReportText text, Line line, int number, int from, int colon) {
        String s = line.clean;
        int a = from;
        int b = colon;
        while (b > a && s.charAt(b - 1) == ' ') {
            b--;
        }
        char open = '“';
        char close = '”';
        int q = b - a >= 3 ? OPEN_QUOTES.indexOf(s.charAt(a)) : -1;
        if (q >= 0 && s.charAt(b - 1) == CLOSE_QUOTES.charAt(q) && isSingleQuoted(s, a, b, q)) {
            open = s.charAt(a);
            close = s.charAt(b - 1);
            a++;
            b--;
        }
        StringBuilder term = new StringBuilder(b - a);
        appendWritten(text, line, a, b, term);
        Note note = new Note(number, false, term.toString(), s.substring(a, b), open, close, line.cleanStart(), line.cleanEnd());
        int d = colon + 1;
        while (d < s.length() && s.charAt(d) == ' ') {
            d++;
        }
        appendWritten(text, line, d, s.length(), note.definition);
        return note;
    }

    /** True when the quotes at a and b-1 enclose the whole term: no other quote of the pair inside. */
    private static boolean isSingleQuoted(String s, int a, int b, int q) {
        char open = OPEN_QUOTES.charAt(q);
        char close = CLOSE_QUOTES.charAt(q);
        for (int i = a + 1; i < b - 1; i++) {
            char c = s.charAt(i);
            if (c == open || c == close) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds a whole line to a note's definition. Lines are joined with nothing between them, since the
     * sources break lines inside Chinese words (揭榜 / 挂帅); only between two Latin letters or digits
     * does the break stand for a space (Shall We / Talk).
     */
    private static void continueDefinition(ReportText text, Line line, Note note) {
        StringBuilder d = note.definition;
        if (!d.isEmpty() && isLatin(d.charAt(d.length() - 1)) && isLatin(line.clean.charAt(0))) {
            d.append(' ');
        }
        appendWritten(text, line, 0, line.clean.length(), d);
        note.end = line.cleanEnd();
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** Appends the text as written behind clean chars [from, to): markup is left out, widths and script kept. */
    private static void appendWritten(ReportText text, Line line, int from, int to, StringBuilder out) {
        String all = text.text();
        for (int i = from; i < to; i++) {
            out.append(all.charAt(line.offset(i)));
        }
    }

    // ---------------------------------------------------------------- Hong Kong notes

    private static void readHongKongNotes(ReportText text, int bs, int be, boolean[] inBlock, List<Note> out, Problems problems) {
        List<Line> lines = text.lines();
        for (int i = bs; i < be; i++) {
            if (inBlock[i]) {
                continue;
            }
            Line line = lines.get(i);
            int[] head = hongKongLabel(line.clean);
            if (head == null) {
                continue;
            }
            Note note = new Note(head[0], true, "注" + head[0], null, '“', '”', line.cleanStart(), line.cleanEnd());
            Line last = line;
            if (head[1] < line.clean.length()) {
                appendWritten(text, line, head[1], line.clean.length(), note.definition);
            } else {
                int j = i + 1;
                while (j < be && !inBlock[j] && lines.get(j).isBlank()) {
                    j++;
                }
                if (j < be && !inBlock[j] && hongKongLabel(lines.get(j).clean) == null) {
                    last = lines.get(j);
                    continueDefinition(text, last, note);
                    i = j;
                }
            }
            // a definition wrapped inside its paragraph (Shall We / Talk」…) goes on until a sentence
            // ends; a blank line, which is also what a closing </para> leaves, ends it in any case
            while (!last.isBlank() && !endsSentence(last.clean) && i + 1 < be && !inBlock[i + 1]
                && !lines.get(i + 1).isBlank() && hongKongLabel(lines.get(i + 1).clean) == null) {
                last = lines.get(++i);
                continueDefinition(text, last, note);
            }
            finish(note, out, problems);
        }
    }

    private static boolean endsSentence(String clean) {
        char c = clean.charAt(clean.length() - 1);
        return c == '。' || c == '!' || c == '?' || c == ';';
    }

    /** {number, index of the definition} for a clean line starting 注n: (or 註n:), else null. */
    private static int[] hongKongLabel(String s) {
        if (s.length() < 3 || s.charAt(0) != '注' && s.charAt(0) != '註') {
            return null;
        }
        int i = 1;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        int d0 = i;
        while (i < s.length() && i - d0 <= 3 && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == d0 || i - d0 > 3) {
            return null;
        }
        int number = Integer.parseInt(s, d0, i, 10);
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i >= s.length() || s.charAt(i) != ':') {
            return null;
        }
        i++;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return new int[] {number, i};
    }

    // ---------------------------------------------------------------- references

    private static void linkBracketMarkers(ReportText text, int bs, int be, boolean[] inBlock, List<Note> notes, Problems problems) {
        List<Marker> markers = new ArrayList<>();
        List<Line> lines = text.lines();
        for (int i = bs; i < be; i++) {
            if (inBlock[i]) {
                continue;
            }
            Line line = lines.get(i);
            String s = line.clean;
            for (int k = s.indexOf('['); k >= 0; k = s.indexOf('[', k + 1)) {
                int d = k + 1;
                while (d < s.length() && d - k <= 4 && isDigit(s.charAt(d))) {
                    d++;
                }
                if (d - k - 1 >= 1 && d - k - 1 <= 3 && d < s.length() && s.charAt(d) == ']') {
                    markers.add(new Marker(Integer.parseInt(s, k + 1, d, 10), new Span(line.offset(k), line.offset(d) + 1)));
                }
            }
        }
        link(markers, notes, false, problems, "[", "]");
    }

    private static void linkSuperscripts(ReportText text, int bs, int be, boolean[] inBlock, List<Note> notes, Problems problems) {
        if (bs >= be || notes.stream().noneMatch(n -> n.hongKong)) {
            return;
        }
        List<Line> lines = text.lines();
        String all = text.text();
        int from = lines.get(bs).start;
        int to = lines.get(be - 1).end;
        List<Marker> markers = new ArrayList<>();
        for (int k = all.indexOf(SUPERSCRIPT_OPEN, from); k >= 0 && k < to; k = all.indexOf(SUPERSCRIPT_OPEN, k + 1)) {
            int d0 = k + SUPERSCRIPT_OPEN.length();
            int d = d0;
            while (d < to && d - d0 <= 3 && isDigit(all.charAt(d))) {
                d++;
            }
            if (d == d0 || d - d0 > 3 || !all.startsWith(SUPERSCRIPT_CLOSE, d) || inBlock[text.lineAt(k).index]) {
                continue; // <superscript>x</superscript> and the like are not note markers
            }
            markers.add(new Marker(Integer.parseInt(all, d0, d, 10), new Span(k, d + SUPERSCRIPT_CLOSE.length())));
        }
        link(markers, notes, true, problems, "<superscript>", "</superscript>");
    }

    /**
     * Gives each marker to the first note of its number at or after it, else the last note of its number;
     * reports markers without a note and, when there are markers at all, notes without a marker.
     */
    private static void link(List<Marker> markers, List<Note> notes, boolean hongKong, Problems problems, String open, String close) {
        Map<Integer, List<Note>> byNumber = new HashMap<>();
        for (Note note : notes) {
            if (note.hongKong == hongKong && note.number > 0) {
                byNumber.computeIfAbsent(note.number, k -> new ArrayList<>()).add(note);
            }
        }
        for (Marker marker : markers) {
            List<Note> candidates = byNumber.get(marker.number);
            if (candidates == null) {
                problems.report(ReportProblem.Type.UNMATCHED_NOTE_MARKER, marker.span.start(),
                    "note marker " + open + marker.number + close + " has no note");
                continue;
            }
            Note target = candidates.get(candidates.size() - 1);
            for (Note note : candidates) {
                if (note.start >= marker.span.start()) {
                    target = note;
                    break;
                }
            }
            target.references.add(marker.span);
        }
        if (markers.isEmpty()) {
            return;
        }
        for (List<Note> candidates : byNumber.values()) {
            for (Note note : candidates) {
                if (note.references.isEmpty()) {
                    problems.report(ReportProblem.Type.UNMATCHED_NOTE_MARKER, note.start,
                        "note " + note.number + " has no marker " + open + note.number + close + " in the body");
                }
            }
        }
    }

    /** For notes still without references, the occurrences of their term in the body. */
    private static void linkTerms(ReportText text, int bs, int be, boolean[] inBlock, List<Note> notes) {
        if (notes.stream().noneMatch(n -> n.references.isEmpty() && n.cleanTerm != null)) {
            return;
        }
        // the clean body lines, one string, so that each term costs one indexOf scan
        List<Line> lines = text.lines();
        StringBuilder body = new StringBuilder();
        int[] starts = new int[be - bs];
        Line[] owners = new Line[be - bs];
        int used = 0;
        for (int i = bs; i < be; i++) {
            if (inBlock[i] || lines.get(i).isBlank()) {
                continue;
            }
            starts[used] = body.length();
            owners[used++] = lines.get(i);
            body.append(lines.get(i).clean).append('\n');
        }
        String all = body.toString();
        for (Note note : notes) {
            if (!note.references.isEmpty() || note.cleanTerm == null || note.cleanTerm.isEmpty()) {
                continue;
            }
            String quoted = note.open + note.cleanTerm + note.close;
            if (!find(all, quoted, 1, starts, owners, used, note.references)
                && !find(all, note.cleanTerm, 0, starts, owners, used, note.references)) {
                findQuotedParts(all, note.cleanTerm, starts, owners, used, note.references);
            }
        }
    }

    /**
     * For a term that never occurs whole, the occurrences of its quoted parts: the body writes
     * {@code “三大高地”“五大战略”} as {@code 打造“三大高地”，实施“五大战略”} and {@code 工地“六个百分百”标准} as
     * {@code 达到“六个百分百”标准}. Parts of one char are too common to say anything.
     */
    private static void findQuotedParts(String body, String term, int[] starts, Line[] owners, int used, List<Span> out) {
        for (int i = 0; i < term.length(); i++) {
            int q = OPEN_QUOTES.indexOf(term.charAt(i));
            if (q < 0 || term.charAt(i) == '"') {
                continue;
            }
            int j = term.indexOf(CLOSE_QUOTES.charAt(q), i + 1);
            if (j < 0) {
                return;
            }
            if (j - i - 1 >= 2) {
                List<Span> part = new ArrayList<>();
                find(body, term.substring(i, j + 1), 1, starts, owners, used, part);
                out.addAll(part);
            }
            i = j;
        }
        out.sort(Comparator.comparingInt(Span::start));
        if (out.size() > MAX_TERM_REFERENCES) {
            out.subList(MAX_TERM_REFERENCES, out.size()).clear();
        }
    }

    /** Adds the spans of up to MAX_TERM_REFERENCES occurrences of {@code needle}, less {@code trim} chars each side. */
    private static boolean find(String body, String needle, int trim, int[] starts, Line[] owners, int used, List<Span> out) {
        for (int p = body.indexOf(needle); p >= 0 && out.size() < MAX_TERM_REFERENCES; p = body.indexOf(needle, p + needle.length())) {
            int k = lineOf(starts, used, p);
            Line line = owners[k];
            int a = p - starts[k] + trim;
            int b = p - starts[k] + needle.length() - trim;
            out.add(new Span(line.offset(a), line.offset(b - 1) + 1));
        }
        return !out.isEmpty();
    }

    /** The index of the last entry of starts[0, used) at or before p. */
    private static int lineOf(int[] starts, int used, int p) {
        int lo = 0;
        int hi = used - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= p) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
