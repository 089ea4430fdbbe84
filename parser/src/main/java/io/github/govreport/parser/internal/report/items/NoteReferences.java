package io.github.govreport.parser.internal.report.items;

import io.github.govreport.core.Span;
import io.github.govreport.parser.ReportProblem;
import io.github.govreport.parser.internal.report.text.Problems;
import io.github.govreport.parser.internal.report.text.ReportText.Line;
import io.github.govreport.parser.internal.report.text.ReportText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links notes to the places in the body that refer to them.
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
 */
final class NoteReferences {

    /** The most term references kept per note: a short term can occur hundreds of times. */
    static final int MAX_TERM_REFERENCES = 50;

    private static final String SUPERSCRIPT_OPEN = "<superscript>";
    private static final String SUPERSCRIPT_CLOSE = "</superscript>";

    private NoteReferences() {}

    /** An inline marker in the body. */
    private record Marker(int number, Span span) {}

    static void linkBracketMarkers(ReportText text, int bs, int be, boolean[] inBlock, List<Note> notes, Problems problems) {
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
                while (d < s.length() && d - k <= 4 && Note.isDigit(s.charAt(d))) {
                    d++;
                }
                if (d - k - 1 >= 1 && d - k - 1 <= 3 && d < s.length() && s.charAt(d) == ']') {
                    markers.add(new Marker(Integer.parseInt(s, k + 1, d, 10), new Span(line.offset(k), line.offset(d) + 1)));
                }
            }
        }
        link(markers, notes, false, problems, "[", "]");
    }

    static void linkSuperscripts(ReportText text, int bs, int be, boolean[] inBlock, List<Note> notes, Problems problems) {
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
            while (d < to && d - d0 <= 3 && Note.isDigit(all.charAt(d))) {
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
    static void linkTerms(ReportText text, int bs, int be, boolean[] inBlock, List<Note> notes) {
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
            int q = Note.OPEN_QUOTES.indexOf(term.charAt(i));
            if (q < 0 || term.charAt(i) == '"') {
                continue;
            }
            int j = term.indexOf(Note.CLOSE_QUOTES.charAt(q), i + 1);
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
