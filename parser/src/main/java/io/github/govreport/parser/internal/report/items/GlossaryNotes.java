package io.github.govreport.parser.internal.report.items;

import io.github.govreport.parser.ReportProblem;
import io.github.govreport.parser.internal.report.text.Problems;
import io.github.govreport.parser.internal.report.text.ReportText.Line;
import io.github.govreport.parser.internal.report.text.ReportText;
import java.util.List;

/**
 * Reads the notes of one glossary block.
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
 */
final class GlossaryNotes {

    /** The longest term of an unnumbered note; longer "terms" are sentences with a colon in them. */
    static final int UNNUMBERED_TERM_MAX = 30;
    /** The longest term of a numbered note; the number already says the line starts a note. */
    static final int NUMBERED_TERM_MAX = 60;

    private GlossaryNotes() {}

    static void readBlock(ReportText text, int from, int to, List<Note> out, Problems problems) {
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
                Note.finish(current, out, problems);
                current = started;
                lastNumber = started.number;
            } else if (current == null) {
                problems.report(ReportProblem.Type.UNREADABLE_NOTE, line.cleanStart(),
                    numbered ? "glossary line before the first numbered note" : "glossary line is not of the form TERM: DEFINITION");
            } else {
                Note.continueDefinition(text, line, current);
            }
        }
        Note.finish(current, out, problems);
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
        while (d < s.length() && d - d0 <= 3 && Note.isDigit(s.charAt(d))) {
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
        boolean digitFollows = rest < s.length() && Note.isDigit(s.charAt(rest));
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
            Note.appendWritten(text, line, rest, s.length(), note.definition);
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
        int q = b - a >= 3 ? Note.OPEN_QUOTES.indexOf(s.charAt(a)) : -1;
        if (q >= 0 && s.charAt(b - 1) == Note.CLOSE_QUOTES.charAt(q) && isSingleQuoted(s, a, b, q)) {
            open = s.charAt(a);
            close = s.charAt(b - 1);
            a++;
            b--;
        }
        StringBuilder term = new StringBuilder(b - a);
        Note.appendWritten(text, line, a, b, term);
        Note note = new Note(number, false, term.toString(), s.substring(a, b), open, close, line.cleanStart(), line.cleanEnd());
        int d = colon + 1;
        while (d < s.length() && s.charAt(d) == ' ') {
            d++;
        }
        Note.appendWritten(text, line, d, s.length(), note.definition);
        return note;
    }

    /** True when the quotes at a and b-1 enclose the whole term: no other quote of the pair inside. */
    private static boolean isSingleQuoted(String s, int a, int b, int q) {
        char open = Note.OPEN_QUOTES.charAt(q);
        char close = Note.CLOSE_QUOTES.charAt(q);
        for (int i = a + 1; i < b - 1; i++) {
            char c = s.charAt(i);
            if (c == open || c == close) {
                return false;
            }
        }
        return true;
    }
}
