package io.github.govreport.examples.html;

import io.github.govreport.core.Span;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Annotation;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Metadata;
import io.github.govreport.model.Report;
import io.github.govreport.model.Section;
import io.github.govreport.model.Target;
import io.github.govreport.model.Task;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One report as one HTML page, to check what was read against the text: the metadata on top, the
 * outline as a navigation panel, the text with every value mention marked, and tables of the indicators,
 * targets, tasks and notes, each row linking to its place in the text.
 *
 * <p>In the text:
 *
 * <ul>
 *   <li>every mention is a focusable element ({@code <span class="v" tabindex="0">}) that carries its
 *       normalized value, unit, qualifier and change as {@code data-*} attributes, in its {@code title}
 *       and in a line the style sheet shows on hover and on keyboard focus; a colour and a cue ({@code %▲})
 *       say its kind and direction;
 *   <li>each indicator (a result), target (a goal) and headline target is wrapped from its name to its
 *       last value ({@code class="m m-result"}, {@code m-goal}, {@code m-headline}), each with a sign of
 *       its own ({@code ◆ ◇ ★}) besides its colour and border;
 *   <li>section headings carry the ids the outline links to ({@code sec-N}), task titles {@code task-N},
 *       note references link to their notes ({@code note-N}).
 * </ul>
 *
 * The ids are numbered from 1 in the order of the report's lists (sections depth first).
 */
public final class ReportPage {

    /** Layers, outer first, for marks on the same span. */
    private static final int SECTION = 0;
    private static final int TASK = 1;
    private static final int MEASURE = 2;
    private static final int REFERENCE = 3;
    private static final int NOTE = 4;

    private final String file;
    private final String text;
    private final Report report;
    private final List<ValueMention> mentions;
    private final List<Section> sections = new ArrayList<>();
    /** 1-based, depth first; by identity, since two sections may be equal records. */
    private final Map<Section, Integer> numbers = new IdentityHashMap<>();

    private ReportPage(String file, String text, Report report, List<ValueMention> mentions) {
        this.file = file;
        this.text = text;
        this.report = report;
        this.mentions = mentions;
        for (Section s : report.sections()) {
            flatten(s);
        }
    }

    private void flatten(Section s) {
        sections.add(s);
        numbers.put(s, sections.size());
        for (Section child : s.sections()) {
            flatten(child);
        }
    }

    /**
     * Writes the page.
     *
     * @param file the name of the file the report was read from, shown on the page
     * @param text the text the report was parsed from
     * @param report the report parsed from {@code text}
     * @param mentions every value mention of {@code text}, in order ({@code ValueParser.findAll(text)})
     * @return the page
     */
    public static String write(String file, String text, Report report, List<ValueMention> mentions) {
        return new ReportPage(file, text, report, mentions).write();
    }

    private String write() {
        StringBuilder s = new StringBuilder(text.length() * 6 + 20_000);
        Metadata m = report.metadata();
        String title = (m.title() == null ? "Report" : m.title())
                + (m.region() == null ? "" : " · " + m.region()) + (m.year() == null ? "" : " · " + m.year());
        Page.open(s, title);
        s.append("<header class=\"top\">\n<h1>").append(Html.text(title)).append("</h1>\n");
        metadata(s, m);
        Legend.report(s);
        s.append("</header>\n<div class=\"layout\">\n");
        outline(s);
        s.append("<main id=\"main\">\n<section id=\"text\" aria-labelledby=\"text-h\">\n")
                .append("<h2 id=\"text-h\">Text</h2>\n<div class=\"report-text\">");
        s.append(markedText());
        s.append("</div>\n</section>\n");
        MeasureTables.write(s, report);
        s.append("</main>\n</div>\n");
        Page.close(s);
        return s.toString();
    }

    private void metadata(StringBuilder s, Metadata m) {
        s.append("<dl class=\"meta\">\n");
        row(s, "file", Html.text(file));
        row(s, "title", Page.field(m.title()));
        row(s, "region", Page.field(m.region()));
        row(s, "level", Page.field(m.level()));
        row(s, "year", Page.field(m.year()));
        row(s, "reviews", Page.field(m.reviewYear()));
        row(s, "date", Page.field(m.date()));
        row(s, "speaker", Page.field(m.speaker() == null ? null
                : (m.speakerTitle() == null ? "" : m.speakerTitle() + " ") + m.speaker()));
        row(s, "meeting", Page.field(m.meeting()));
        row(s, "found", mentions.size() + " value mentions, <a href=\"#indicators\">" + report.indicators().size()
                + " indicators</a>, <a href=\"#targets\">" + report.targets().size() + " targets</a> ("
                + report.headlineTargets().size() + " headline), <a href=\"#tasks\">" + report.tasks().size()
                + " tasks</a>, <a href=\"#notes\">" + report.annotations().size() + " notes</a>");
        s.append("</dl>\n");
    }

    private static void row(StringBuilder s, String key, String html) {
        s.append("<div><dt>").append(key).append("</dt><dd>").append(html).append("</dd></div>\n");
    }

    private void outline(StringBuilder s) {
        s.append("<nav class=\"outline\" aria-label=\"Outline\">\n<h2>Outline</h2>\n");
        if (report.sections().isEmpty()) {
            s.append("<p class=\"none\">No sections found.</p>\n");
        } else {
            s.append("<ol>\n");
            for (Section section : report.sections()) {
                outlineItem(s, section);
            }
            s.append("</ol>\n");
        }
        s.append("<ul class=\"tables\">\n<li><a href=\"#text\">Text</a></li>\n<li><a href=\"#indicators\">Indicators</a></li>\n")
                .append("<li><a href=\"#targets\">Targets</a></li>\n<li><a href=\"#tasks\">Tasks</a></li>\n")
                .append("<li><a href=\"#notes\">Notes</a></li>\n</ul>\n</nav>\n");
    }

    private void outlineItem(StringBuilder s, Section section) {
        s.append("<li><a href=\"#sec-").append(numbers.get(section)).append("\">").append(Html.text(section.title())).append("</a>");
        if (!section.sections().isEmpty()) {
            s.append("\n<ol>\n");
            for (Section child : section.sections()) {
                outlineItem(s, child);
            }
            s.append("</ol>\n");
        }
        s.append("</li>\n");
    }

    private String markedText() {
        TextMarks marks = new TextMarks(text);
        for (int i = 0; i < mentions.size(); i++) {
            marks.atomic(mention(mentions.get(i), i + 1));
        }
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            int start = section.span().start();
            int lineEnd = lineEnd(start, section.span().end());
            int level = Math.min(section.level() + 2, 6);
            marks.add(new TextMarks.Mark(start, lineEnd, SECTION, "<span class=\"h h" + level + "\" role=\"heading\" aria-level=\""
                    + level + "\" id=\"sec-" + (i + 1) + "\">", "</span>"));
        }
        List<Task> tasks = report.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            Span span = t.span();
            int at = indexWithin(t.title(), span);
            String open = "<span class=\"task\" id=\"task-" + (i + 1) + "\" title=\"task " + (i + 1) + "\">";
            marks.add(at < 0 ? new TextMarks.Mark(span.start(), span.start(), TASK, open, "</span>")
                    : new TextMarks.Mark(at, at + t.title().length(), TASK, open, "</span>"));
        }
        List<Indicator> indicators = report.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            marks.add(measure(ind.span(), "ind-" + (i + 1), "m m-result", "result", ind.name(), ind.concept(), ind.period()));
        }
        List<Target> targets = report.targets();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            String kind = t.headline() ? "headline goal" : "goal";
            String css = "m " + (t.headline() ? "m-headline" : "m-goal") + (t.stretch() ? " m-stretch" : "");
            marks.add(measure(t.span(), "tgt-" + (i + 1), css, t.stretch() ? kind + ", stretch" : kind, t.name(), t.concept(), t.period()));
        }
        List<Annotation> notes = report.annotations();
        for (int i = 0; i < notes.size(); i++) {
            Annotation a = notes.get(i);
            int n = i + 1;
            marks.add(new TextMarks.Mark(a.span().start(), a.span().end(), NOTE,
                    "<span class=\"note\" id=\"note-" + n + "\">", "</span>"));
            for (int r = 0; r < a.references().size(); r++) {
                Span ref = a.references().get(r);
                marks.add(new TextMarks.Mark(ref.start(), ref.end(), REFERENCE, "<a class=\"ref\" id=\"ref-" + n + "-" + (r + 1)
                        + "\" href=\"#note-" + n + "\" title=\"note " + n + ": " + Html.attr(a.term()) + "\">", "</a>"));
            }
        }
        return marks.write();
    }

    private static TextMarks.Mark mention(ValueMention m, int n) {
        MentionDetail d = MentionDetail.of(m);
        StringBuilder open = new StringBuilder("<span class=\"v ").append(d.kindClass())
                .append("\" tabindex=\"0\" id=\"v-").append(n)
                .append("\" data-start=\"").append(m.start()).append("\" data-end=\"").append(m.end())
                .append("\" data-kind=\"").append(d.kind().name())
                .append("\" data-value=\"").append(Html.attr(d.value()))
                .append("\" data-qualifier=\"").append(d.qualifier()).append('"');
        if (d.unit() != null) {
            open.append(" data-unit=\"").append(Html.attr(d.unit())).append('"');
        }
        if (d.change() != null) {
            open.append(" data-change=\"").append(Html.attr(d.change())).append('"');
        }
        open.append(" data-cue=\"").append(Html.attr(d.cue())).append("\" data-detail=\"").append(Html.attr(d.summary()))
                .append("\" title=\"").append(Html.attr(d.summary())).append("\">");
        return new TextMarks.Mark(m.start(), m.end(), Integer.MAX_VALUE, open.toString(), "</span>");
    }

    private static TextMarks.Mark measure(Span span, String id, String css, String kind, String name, String concept,
            Object period) {
        String title = kind + ": " + name + (concept == null ? "" : " (" + concept + ")") + (period == null ? "" : ", " + period);
        return new TextMarks.Mark(span.start(), span.end(), MEASURE,
                "<span class=\"" + css + "\" id=\"" + id + "\" title=\"" + Html.attr(title) + "\">", "</span>");
    }

    /** The end of the line that starts at or after {@code start}, at most {@code limit}. */
    private int lineEnd(int start, int limit) {
        int end = Math.min(limit, text.length());
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return end;
    }

    /** Where {@code title} stands inside {@code span}, or -1. */
    private int indexWithin(String title, Span span) {
        int start = Math.min(span.start(), text.length());
        int end = Math.min(span.end(), text.length());
        int at = title.isEmpty() ? -1 : text.substring(start, end).indexOf(title);
        return at < 0 ? -1 : start + at;
    }
}
