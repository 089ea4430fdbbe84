package io.github.govreport.parser.internal.report.items;

import io.github.govreport.core.Span;
import io.github.govreport.model.Target;
import io.github.govreport.model.Task;
import io.github.govreport.parser.internal.report.outline.Outline;
import io.github.govreport.parser.internal.report.outline.Part;
import io.github.govreport.parser.internal.report.text.ReportText;
import java.util.ArrayList;
import java.util.List;

/**
 * The work items of the plan: every heading at the lowest level under the plan part or the 惠民实事 part
 * (a heading with items under it is a section), the items a paragraph enumerates, the lead sentences
 * inside a paragraph that open with an action word (…。优化营商环境。…), and every paragraph
 * there that opens with a short lead sentence ({@code 加快传统服务业提质升级。…}), each with the targets
 * stated inside it.
 */
public final class Tasks {

    /** The longest lead sentence, in chars: a lead names one action. */
    private static final int MAX_LEAD = 30;
    /** The chars that end a sentence or a clause that a paragraph can end with. */
    private static final String ENDS = "。!?;:";
    /** The chars that may close a sentence after its end: quotes and brackets. */
    private static final String CLOSERS = "”’」』)）\"*";

    private Tasks() {}

    public static List<Task> read(ReportText text, Outline outline, List<Target> targets) {
        List<Task> tasks = new ArrayList<>();
        List<ReportText.Line> lines = text.lines();
        Outline.Node pending = null; // a lowest heading: a task unless leads or items stand under it
        Task pendingTask = null;
        int pendingFrom = 0;
        boolean pendingStrict = false;
        ReportText.Line previous = null;
        // a report without a part named as the year's plan plans in its five-year part (今后五年构想, at a term's
        // start) or in the parts named by slogans from the targets of the one that sets most on; no heading says so,
        // so there a task must open with an action (经济持续回升向好 is a result of the review)
        boolean noPlanPart = outline.firstRoot(Part.PLAN) == null;
        int sloganFrom = noPlanPart ? sloganPlan(text, outline, targets) : -1;
        for (int i = outline.bodyStart; i < outline.bodyEnd; i++) {
            ReportText.Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Outline.Node node = outline.nodeOf(i);
            ReportText.Line before = previous;
            // a heading line ends its own text: the line after it opens a paragraph
            previous = node != null && node.heading.line() == line ? null : line;
            if (pending != null && node != pending) {
                flush(tasks, pendingTask, pendingFrom, pendingStrict);
                pending = null;
            }
            Part part = outline.partOf(i);
            boolean strict = noPlanPart && (part == Part.FIVE_YEAR || part == null && sloganFrom >= 0 && i >= sloganFrom);
            if (part != Part.PLAN && part != Part.LIVELIHOOD && !strict || node == null) {
                continue;
            }
            String section = node.heading.originalTitle(text.text());
            if (node.heading.line() == line) {
                if (!node.children.isEmpty() || node.parent == null && !strict) {
                    // the part's own heading, and a heading with items under it, are sections; where the part
                    // headings are lost (2014年：改革创新 as a line of text), the sub-parts stand at the top
                    continue;
                }
                // a section when leads or items stand under it, on its line or below; else a task (see flush)
                Span span = outline.span(node);
                String parent = node.parent == null ? null : node.parent.heading.originalTitle(text.text());
                pending = node;
                pendingTask = new Task(section, parent, span, inside(targets, span));
                pendingFrom = tasks.size();
                pendingStrict = strict;
                int rest = node.heading.titleAt() + node.heading.title().length();
                int after = rest < line.clean.length() ? line.clean.indexOf('。', rest - 1) + 1 : 0;
                if (!enumerated(text, line, section, targets, tasks, strict) && after > 0) {
                    addLeads(text, line, leads(line.clean, after, false, strict), section, targets, tasks);
                }
                continue;
            }
            if (enumerated(text, line, section, targets, tasks, strict)) {
                continue;
            }
            // a line that goes on from a broken one (PDF text) opens no paragraph: its first sentence is mid-paragraph
            boolean opens = !continues(before);
            addLeads(text, line, leads(line.clean, opens ? 0 : line.clean.indexOf('。') + 1, opens, strict), section, targets, tasks);
        }
        if (pending != null) {
            flush(tasks, pendingTask, pendingFrom, pendingStrict);
        }
        return tasks;
    }

    /**
     * Adds a lowest heading's task at its place, unless two or more tasks were found under it: then it is a
     * section. One lead alone under it is as likely a sentence of its text as a lead, so the heading stays.
     * Where {@code strict}, the heading is a task only when it opens with an action.
     */
    private static void flush(List<Task> tasks, Task heading, int from, boolean strict) {
        if (tasks.size() - from < 2 && (!strict || TaskLeads.standard().opensWithAction(heading.title()))) {
            tasks.add(from, heading);
        }
    }

    private static void addLeads(ReportText text, ReportText.Line line, List<int[]> leads, String section,
            List<Target> targets, List<Task> tasks) {
        for (int k = 0; k < leads.size(); k++) {
            int[] lead = leads.get(k);
            int end = k + 1 < leads.size() ? line.offset(leads.get(k + 1)[0]) : line.cleanEnd();
            Span span = new Span(line.offset(lead[0]), end);
            String title = line.original(text.text(), lead[1], lead[2]);
            tasks.add(new Task(title, section, span, inside(targets, span)));
        }
    }

    /**
     * True when the next line goes on with the sentence {@code line} leaves open: a long line that ends in no
     * sentence end (text pasted from PDF breaks paragraphs into lines). A short line without one stands alone.
     */
    private static boolean continues(ReportText.Line line) {
        if (line == null || line.clean.length() <= MAX_LEAD) {
            return false;
        }
        String s = line.clean;
        int k = s.length() - 1;
        while (k > 0 && CLOSERS.indexOf(s.charAt(k)) >= 0) {
            k--;
        }
        return ENDS.indexOf(s.charAt(k)) < 0;
    }

    /**
     * The items a paragraph enumerates inside itself (…。一是加快产业升级，…；二是…, or 一要…二要…), each a task titled by
     * its first clause; returns false, adding nothing, when the line enumerates fewer than two. Where
     * {@code strict}, only the items that open with an action (a list of problems names none).
     */
    private static boolean enumerated(ReportText text, ReportText.Line line, String section, List<Target> targets, List<Task> tasks,
            boolean strict) {
        String s = line.clean;
        List<Integer> starts = new ArrayList<>();
        // jump from one 是 or 要 to the next (indexOf is far faster than a loop of charAt)
        int nextIs = s.indexOf('是', 1);
        int nextMust = s.indexOf('要', 1);
        while (nextIs >= 0 || nextMust >= 0) {
            int at;
            if (nextMust < 0 || nextIs >= 0 && nextIs < nextMust) {
                at = nextIs;
                nextIs = s.indexOf('是', at + 1);
            } else {
                at = nextMust;
                nextMust = s.indexOf('要', at + 1);
            }
            int k = at - 1;
            if ("一二三四五六七八九十".indexOf(s.charAt(k)) >= 0 && (k == 0 || "。;:".indexOf(s.charAt(k - 1)) >= 0)) {
                starts.add(k);
            }
        }
        if (starts.size() < 2) {
            return false; // one item opening the paragraph is read with its leads (see leads)
        }
        for (int j = 0; j < starts.size(); j++) {
            int from = starts.get(j) + 2;
            int end = j + 1 < starts.size() ? starts.get(j + 1) : s.length();
            int stop = from;
            while (stop < end && stop - from < 30 && ",。;:".indexOf(s.charAt(stop)) < 0) {
                stop++;
            }
            if (stop - from >= 2 && (!strict || TaskLeads.standard().opensWithAction(s.substring(from, stop)))) {
                Span span = new Span(line.offset(starts.get(j)), end < s.length() ? line.offset(end) : line.cleanEnd());
                tasks.add(new Task(line.original(text.text(), from, stop), section, span, inside(targets, span)));
            }
        }
        return true;
    }

    /**
     * The lead sentences of a paragraph from {@code from} (a sentence start) as {sentence start, title start,
     * title end}: its first sentence when {@code opener} (it opens the paragraph) and the sentence is short,
     * comma-free and states nothing (今年是关键的一年 is no task); and every later sentence that is short,
     * comma-free, opens with an action word ({@code report/task-leads.tsv}, after manner words such as
     * 千方百计), states nothing, and has text after it. Where {@code strict}, an opener too must open with an
     * action.
     */
    private static List<int[]> leads(String s, int from, boolean opener, boolean strict) {
        List<int[]> leads = new ArrayList<>();
        if (from >= s.length()) {
            return leads;
        }
        TaskLeads words = TaskLeads.standard();
        char[] chars = null; // a short sentence is copied here alone, not the whole line
        int start = from;
        if (opener) {
            int first = leadEnd(s);
            int mark = leadStart(s);
            chars = first > 0 ? copy(s, mark, first, chars) : chars;
            int n = first - mark;
            if (first > 0 && !words.states(chars, 0, n) && (!strict || words.opensWithAction(chars, 0, n))) {
                leads.add(new int[] {0, mark, first});
            } else if (first < 0 && mark > 0 && s.charAt(0) != '—') {
                // 一是… opening a paragraph, one item of a list that runs over paragraphs: titled by its first clause
                int stop = clauseEnd(s, mark);
                if (stop - mark >= 2) {
                    leads.add(new int[] {0, mark, stop});
                }
            }
            start = s.indexOf('。') + 1;
        }
        while (start > 0 && start < s.length()) {
            int stop = s.indexOf('。', start);
            if (stop < 0 || stop >= s.length() - 1) {
                break; // the last sentence leads nothing
            }
            if (stop - start >= 4 && stop - start <= MAX_LEAD && !hasComma(s, start, stop)) {
                chars = copy(s, start, stop, chars);
                if (words.opensWithAction(chars, 0, stop - start) && !words.states(chars, 0, stop - start)) {
                    leads.add(new int[] {start, start, stop});
                }
            }
            start = stop + 1;
        }
        return leads;
    }

    /** s[from, to) (at most MAX_LEAD chars) copied to the start of {@code buffer}, made on first use. */
    private static char[] copy(String s, int from, int to, char[] buffer) {
        char[] b = buffer == null ? new char[MAX_LEAD] : buffer;
        s.getChars(from, to, b, 0);
        return b;
    }

    /** The end of the clause from {@code from}: the first comma, 。, semicolon or colon, at most 30 chars on. */
    private static int clauseEnd(String s, int from) {
        int stop = from;
        while (stop < s.length() && stop - from < MAX_LEAD && ",。;:".indexOf(s.charAt(stop)) < 0) {
            stop++;
        }
        return stop;
    }

    /** True for a comma, semicolon or colon in s[from, to); the list mark 、 joins, it does not divide. */
    private static boolean hasComma(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (",;:".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** After a 一是 / 第一, / —— mark, where the lead sentence starts. */
    private static int leadStart(String s) {
        if (s.startsWith("——")) {
            return 2;
        }
        if (s.length() > 2 && "一二三四五六七八九十".indexOf(s.charAt(0)) >= 0 && (s.charAt(1) == '是' || s.charAt(1) == '要')) {
            return 2;
        }
        return 0;
    }

    /** The end of a lead sentence (a short first sentence without a comma, body text after it), or -1. */
    private static int leadEnd(String s) {
        int from = leadStart(s);
        int stop = s.indexOf('。', from);
        if (stop < 0 || stop - from < 4 || stop - from > MAX_LEAD || stop >= s.length() - 1) {
            return -1;
        }
        return hasComma(s, from, stop) ? -1 : stop; // a lead names one action: no comma inside
    }

    /**
     * Where the plan of a report whose parts are slogans starts, or -1: the top part named by no part words
     * that sets the most targets (a review can hold a goal misread, the plan holds most of them), from its
     * heading, or where it has no sub-parts (the part headings are lost, and the list of main targets may
     * stand under the review's last item), from its first target.
     */
    private static int sloganPlan(ReportText text, Outline outline, List<Target> targets) {
        int from = -1;
        int most = 0;
        for (Outline.Node r : outline.roots()) {
            if (r.part != null) {
                continue;
            }
            Span span = outline.span(r);
            int first = firstAtOrAfter(targets, span.start());
            int n = firstAtOrAfter(targets, span.end()) - first;
            if (n > most) {
                most = n;
                // a part with sub-parts plans from its heading; a top item without any stands for a sub-part
                // whose part heading is lost, and may be the review's last item closed by the target list
                from = r.children.isEmpty() ? text.lineAt(targets.get(first).span().start()).index : r.heading.line().index;
            }
        }
        return from;
    }

    private static int firstAtOrAfter(List<Target> targets, int start) {
        int lo = 0;
        int hi = targets.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (targets.get(mid).span().start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The targets inside {@code span}; targets come in text order, so a binary search finds the first. */
    private static List<Target> inside(List<Target> targets, Span span) {
        int lo = firstAtOrAfter(targets, span.start());
        List<Target> in = new ArrayList<>();
        for (int i = lo; i < targets.size() && targets.get(i).span().start() < span.end(); i++) {
            if (span.contains(targets.get(i).span())) {
                in.add(targets.get(i));
            }
        }
        return in;
    }
}
