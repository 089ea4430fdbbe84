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

    private Tasks() {}

    public static List<Task> read(ReportText text, Outline outline, List<Target> targets) {
        List<Task> tasks = new ArrayList<>();
        List<ReportText.Line> lines = text.lines();
        for (int i = outline.bodyStart; i < outline.bodyEnd; i++) {
            Part part = outline.partOf(i);
            if (part != Part.PLAN && part != Part.LIVELIHOOD) {
                continue;
            }
            ReportText.Line line = lines.get(i);
            Outline.Node node = outline.nodeOf(i);
            if (line.isBlank() || node == null) {
                continue;
            }
            if (node.heading.line() == line) {
                if (node.parent == null || !node.children.isEmpty()) {
                    continue; // the part's own heading, and a heading with items under it, are sections
                }
                Span span = outline.span(node);
                String title = node.heading.originalTitle(text.text());
                String section = node.parent.heading.originalTitle(text.text());
                tasks.add(new Task(title, section, span, inside(targets, span)));
                enumerated(text, line, title, targets, tasks);
                continue;
            }
            if (enumerated(text, line, node.heading.originalTitle(text.text()), targets, tasks)) {
                continue;
            }
            List<int[]> leads = leads(line.clean);
            for (int k = 0; k < leads.size(); k++) {
                int[] lead = leads.get(k);
                int end = k + 1 < leads.size() ? line.offset(leads.get(k + 1)[0]) : line.cleanEnd();
                Span span = new Span(line.offset(lead[0]), end);
                String title = line.original(text.text(), lead[1], lead[2]);
                tasks.add(new Task(title, node.heading.originalTitle(text.text()), span, inside(targets, span)));
            }
        }
        return tasks;
    }

    /**
     * The items a paragraph enumerates inside itself (…。一是加快产业升级，…；二是…, or 一要…二要…), each a task titled by
     * its first clause; returns false, adding nothing, when the line enumerates fewer than two.
     */
    private static boolean enumerated(ReportText text, ReportText.Line line, String section, List<Target> targets, List<Task> tasks) {
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
            return false;
        }
        for (int j = 0; j < starts.size(); j++) {
            int from = starts.get(j) + 2;
            int end = j + 1 < starts.size() ? starts.get(j + 1) : s.length();
            int stop = from;
            while (stop < end && stop - from < 30 && ",。;:".indexOf(s.charAt(stop)) < 0) {
                stop++;
            }
            if (stop - from >= 2) {
                Span span = new Span(line.offset(starts.get(j)), end < s.length() ? line.offset(end) : line.cleanEnd());
                tasks.add(new Task(line.original(text.text(), from, stop), section, span, inside(targets, span)));
            }
        }
        return true;
    }

    /**
     * The lead sentences of a paragraph as {sentence start, title start, title end}: its first sentence
     * when short and comma-free, and every later sentence that is short, comma-free, opens with an action
     * word ({@code report/task-leads.tsv}) and has text after it.
     */
    private static List<int[]> leads(String s) {
        List<int[]> leads = new ArrayList<>();
        int first = leadEnd(s);
        if (first > 0) {
            leads.add(new int[] {0, leadStart(s), first});
        }
        char[] chars = null;
        int start = s.indexOf('。') + 1;
        while (start > 0 && start < s.length()) {
            int stop = s.indexOf('。', start);
            if (stop < 0 || stop >= s.length() - 1) {
                break; // the last sentence leads nothing
            }
            if (stop - start >= 4 && stop - start <= MAX_LEAD && !hasComma(s, start, stop)) {
                chars = chars == null ? s.toCharArray() : chars;
                if (TaskLeads.standard().actions.longestAt(chars, start, stop) != null) {
                    leads.add(new int[] {start, start, stop});
                }
            }
            start = stop + 1;
        }
        return leads;
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

    /** The targets inside {@code span}; targets come in text order, so a binary search finds the first. */
    private static List<Target> inside(List<Target> targets, Span span) {
        int lo = 0;
        int hi = targets.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (targets.get(mid).span().start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Target> in = new ArrayList<>();
        for (int i = lo; i < targets.size() && targets.get(i).span().start() < span.end(); i++) {
            if (span.contains(targets.get(i).span())) {
                in.add(targets.get(i));
            }
        }
        return in;
    }
}
