package io.github.govreport.parser.internal.report.items;

import io.github.govreport.parser.internal.report.text.Problems;
import io.github.govreport.parser.internal.report.text.ReportText.Line;
import io.github.govreport.parser.internal.report.text.ReportText;
import java.util.List;

/**
 * Reads the notes a Hong Kong report writes in its body.
 *
 * <p><b>Hong Kong notes.</b> Anywhere in the body, a line whose clean text starts with {@code 注n:}
 * (註 in a Traditional text) is a note with the term {@code 注n}; its definition is the rest of the line
 * or, when that is empty, the next non-blank line, and goes on over the lines that follow with no blank
 * line between as long as no sentence has ended ({@code 。!?;}): a paragraph wrapped by its markup.
 *
 */
final class HongKongNotes {

    private HongKongNotes() {}

    static void read(ReportText text, int bs, int be, boolean[] inBlock, List<Note> out, Problems problems) {
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
                Note.appendWritten(text, line, head[1], line.clean.length(), note.definition);
            } else {
                int j = i + 1;
                while (j < be && !inBlock[j] && lines.get(j).isBlank()) {
                    j++;
                }
                if (j < be && !inBlock[j] && hongKongLabel(lines.get(j).clean) == null) {
                    last = lines.get(j);
                    Note.continueDefinition(text, last, note);
                    i = j;
                }
            }
            // a definition wrapped inside its paragraph (Shall We / Talk」…) goes on until a sentence
            // ends; a blank line, which is also what a closing </para> leaves, ends it in any case
            while (!last.isBlank() && !endsSentence(last.clean) && i + 1 < be && !inBlock[i + 1]
                && !lines.get(i + 1).isBlank() && hongKongLabel(lines.get(i + 1).clean) == null) {
                last = lines.get(++i);
                Note.continueDefinition(text, last, note);
            }
            Note.finish(note, out, problems);
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
        while (i < s.length() && i - d0 <= 3 && Note.isDigit(s.charAt(i))) {
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
}
