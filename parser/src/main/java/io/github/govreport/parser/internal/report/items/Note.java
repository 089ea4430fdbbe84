package io.github.govreport.parser.internal.report.items;

import io.github.govreport.core.Span;
import io.github.govreport.parser.ReportProblem;
import io.github.govreport.parser.internal.report.text.Problems;
import io.github.govreport.parser.internal.report.text.ReportText.Line;
import io.github.govreport.parser.internal.report.text.ReportText;
import java.util.ArrayList;
import java.util.List;

/**
 * A glossary note being read: its number, term and span, the definition as it grows line by line, and
 * the references found for it. Its helpers are the ones glossary notes and Hong Kong notes share.
 */
final class Note {

    static final String OPEN_QUOTES = "“「『\"";
    static final String CLOSE_QUOTES = "”」』\"";

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

    static void finish(Note note, List<Note> out, Problems problems) {
        if (note == null) {
            return;
        }
        if (note.definition.isEmpty()) {
            problems.report(ReportProblem.Type.UNREADABLE_NOTE, note.start, "glossary note without a definition");
            return;
        }
        out.add(note);
    }

    /**
     * Adds a whole line to a note's definition. Lines are joined with nothing between them, since the
     * sources break lines inside Chinese words (揭榜 / 挂帅); only between two Latin letters or digits
     * does the break stand for a space (Shall We / Talk).
     */
    static void continueDefinition(ReportText text, Line line, Note note) {
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
    static void appendWritten(ReportText text, Line line, int from, int to, StringBuilder out) {
        String all = text.text();
        for (int i = from; i < to; i++) {
            out.append(all.charAt(line.offset(i)));
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
