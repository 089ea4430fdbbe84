package io.github.govreport.examples.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Writes a text with elements wrapped around spans of it: value mentions, measures, headings, note
 * references. The spans a report gives may cross one another (a measure's span from its name to its last
 * value may end inside a task's); HTML elements must nest. So:
 *
 * <ul>
 *   <li>an <em>atomic</em> mark (a value mention) is never cut: another mark whose start or end falls
 *       inside one is widened to take it whole;
 *   <li>marks open in order of start, empty anchors first, then the longer, then the outer layer; a mark
 *       that would end after the element it opens in is cut at that element's end.
 * </ul>
 *
 * The text between marks is escaped one char for one char ({@link Html#appendText}), so the page's text
 * is the text as read and every atomic mark holds exactly its span's text.
 */
public final class TextMarks {

    /**
     * One element around a span.
     *
     * @param start the first char, inclusive
     * @param end the last char, exclusive; equal to {@code start} for an empty anchor
     * @param layer lower is outer, where two marks cover the same span
     * @param open the start tag
     * @param close the end tag
     */
    public record Mark(int start, int end, int layer, String open, String close) {}

    private final CharSequence text;
    private final List<Mark> marks = new ArrayList<>();
    private final List<Mark> atomic = new ArrayList<>();

    /**
     * Starts marking a text.
     *
     * @param text the text
     */
    public TextMarks(CharSequence text) {
        this.text = text;
    }

    /**
     * Adds an atomic mark: a span that is never cut. Atomic marks must not overlap one another and must
     * be added in order of start, as {@code ValueParser.findAll} gives its mentions.
     *
     * @param mark the mark
     * @return this
     * @throws IllegalArgumentException if it overlaps or comes before the previous atomic mark
     */
    public TextMarks atomic(Mark mark) {
        if (!atomic.isEmpty() && atomic.get(atomic.size() - 1).end() > mark.start()) {
            throw new IllegalArgumentException("atomic marks overlap or are out of order at " + mark.start());
        }
        atomic.add(mark);
        return this;
    }

    /**
     * Adds a mark that may be widened or cut to nest.
     *
     * @param mark the mark
     * @return this
     */
    public TextMarks add(Mark mark) {
        marks.add(mark);
        return this;
    }

    /**
     * The marked text.
     *
     * @return the HTML
     */
    public String write() {
        List<Mark> all = new ArrayList<>(atomic);
        for (Mark m : marks) {
            all.add(widen(m));
        }
        // at one place, anchors first (so that none lands inside a mention), then the longer marks
        all.sort(Comparator.comparingInt(Mark::start)
                .thenComparing(m -> m.start() != m.end())
                .thenComparing(Comparator.comparingInt(Mark::end).reversed())
                .thenComparingInt(Mark::layer));
        StringBuilder s = new StringBuilder(text.length() * 2);
        Deque<Mark> open = new ArrayDeque<>();
        int at = 0;
        for (Mark m : all) {
            while (!open.isEmpty() && open.peek().end() <= m.start()) {
                at = close(s, open.pop(), at);
            }
            Html.appendText(s, text, at, m.start());
            at = m.start();
            s.append(m.open());
            if (m.start() == m.end()) {
                s.append(m.close()); // an anchor: nothing inside
                continue;
            }
            int end = open.isEmpty() ? m.end() : Math.min(m.end(), open.peek().end());
            open.push(new Mark(m.start(), end, m.layer(), m.open(), m.close()));
        }
        while (!open.isEmpty()) {
            at = close(s, open.pop(), at);
        }
        Html.appendText(s, text, at, text.length());
        return s.toString();
    }

    private int close(StringBuilder s, Mark m, int at) {
        Html.appendText(s, text, at, m.end());
        s.append(m.close());
        return Math.max(at, m.end());
    }

    /** The mark moved out of any atomic mark it starts or ends inside, and kept within the text. */
    private Mark widen(Mark m) {
        int start = Math.max(0, Math.min(m.start(), text.length()));
        int end = Math.max(start, Math.min(m.end(), text.length()));
        Mark in = atomicAround(start);
        if (in != null) {
            start = in.start();
        }
        if (m.start() >= m.end()) {
            return new Mark(start, start, m.layer(), m.open(), m.close()); // an anchor stays empty
        }
        in = atomicAround(end);
        if (in != null) {
            end = in.end();
        }
        return new Mark(start, end, m.layer(), m.open(), m.close());
    }

    /** The atomic mark that has {@code i} strictly inside it, or null. */
    private Mark atomicAround(int i) {
        int lo = 0;
        int hi = atomic.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Mark a = atomic.get(mid);
            if (a.end() <= i) {
                lo = mid + 1;
            } else if (a.start() >= i) {
                hi = mid - 1;
            } else {
                return a;
            }
        }
        return null;
    }
}
