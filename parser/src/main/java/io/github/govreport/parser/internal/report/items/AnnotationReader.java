package io.github.govreport.parser.internal.report.items;

import io.github.govreport.core.Span;
import io.github.govreport.model.Annotation;
import io.github.govreport.parser.ReportProblem;
import io.github.govreport.parser.internal.report.text.Problems;
import io.github.govreport.parser.internal.report.text.ReportText.Line;
import io.github.govreport.parser.internal.report.text.ReportText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a report's glossary notes and links each to the places in the body that refer to them: the
 * notes of the glossary blocks the outline found ({@link GlossaryNotes}), the notes a Hong Kong report
 * writes in its body ({@link HongKongNotes}), then their references ({@link NoteReferences}).
 *
 * <p><b>What the notes read.</b> Term and definition are the text as written, with markup left out:
 * the original char behind every clean char, so full widths and Traditional characters are kept. A term
 * written as one quoted token ({@code “亩均论英雄”}) loses its outer quotes; a term made of several
 * quoted parts ({@code “两重”“两新”}) is kept whole. The span runs from the note's first char (its
 * number, if any) to the end of its last definition line.
 *
 * <p><b>Cost.</b> Blocks and markers are read in one pass over their lines. Term references cost one
 * {@link String#indexOf(String, int)} scan of the body per form tried (the quoted term, the bare term,
 * each quoted part), so O(terms × body): about 10⁷ char steps for 100 terms over a 100,000-char body.
 * No regular expressions.
 *
 * <p>Lines that cannot be read (a line before the first note of a block, a note whose definition is
 * empty) are reported as {@link ReportProblem.Type#UNREADABLE_NOTE} and skipped.
 */
public final class AnnotationReader {

    private AnnotationReader() {}

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
    public static List<Annotation> read(ReportText text, List<int[]> blocks, int bodyStart, int bodyEnd, Problems problems) {
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
            GlossaryNotes.readBlock(text, from, to, notes, problems);
        }
        int bs = clamp(bodyStart, count);
        int be = Math.max(bs, clamp(bodyEnd, count));
        HongKongNotes.read(text, bs, be, inBlock, notes, problems);
        notes.sort(Comparator.comparingInt(n -> n.start));

        NoteReferences.linkBracketMarkers(text, bs, be, inBlock, notes, problems);
        NoteReferences.linkSuperscripts(text, bs, be, inBlock, notes, problems);
        NoteReferences.linkTerms(text, bs, be, inBlock, notes);

        List<Annotation> out = new ArrayList<>(notes.size());
        for (Note note : notes) {
            out.add(new Annotation(note.term, note.definition.toString(), new Span(note.start, note.end), note.references));
        }
        return out;
    }

    private static int clamp(int index, int count) {
        return Math.max(0, Math.min(index, count));
    }
}
