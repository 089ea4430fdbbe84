package io.github.govreport.examples.html;

import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Annotation;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.model.Task;
import java.util.List;

/**
 * The tables under a report's text: indicators and targets (name, concept, period, value, change,
 * qualifier), tasks and notes, each row linking to its place in the text by the ids {@link ReportPage}
 * gives ({@code ind-N}, {@code tgt-N}, {@code task-N}, {@code note-N}).
 */
final class MeasureTables {

    private MeasureTables() {}

    static void write(StringBuilder s, Report report) {
        indicators(s, report.indicators());
        targets(s, report.targets());
        tasks(s, report.tasks());
        notes(s, report.annotations());
    }

    private static void indicators(StringBuilder s, List<Indicator> list) {
        open(s, "indicators", "Indicators", list.size() + " results the report gives for the period it reviews");
        if (list.isEmpty()) {
            s.append("</section>\n");
            return;
        }
        s.append("<table class=\"measures\">\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">name</th><th scope=\"col\">concept</th>")
                .append("<th scope=\"col\">period</th><th scope=\"col\">value</th><th scope=\"col\">change</th><th scope=\"col\">qualifier</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < list.size(); i++) {
            Indicator m = list.get(i);
            s.append("<tr><td>").append(i + 1).append("</td><td><a href=\"#ind-").append(i + 1).append("\">◆ ")
                    .append(Html.text(m.name())).append("</a></td>");
            rest(s, m.concept(), m.period(), m.value(), m.change());
        }
        s.append("</tbody>\n</table>\n</section>\n");
    }

    private static void targets(StringBuilder s, List<Target> list) {
        long headline = list.stream().filter(Target::headline).count();
        open(s, "targets", "Targets", list.size() + " goals the report sets, " + headline + " of them on its headline list (★)");
        if (list.isEmpty()) {
            s.append("</section>\n");
            return;
        }
        s.append("<table class=\"measures\">\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">name</th><th scope=\"col\">concept</th>")
                .append("<th scope=\"col\">period</th><th scope=\"col\">value</th><th scope=\"col\">change</th><th scope=\"col\">qualifier</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < list.size(); i++) {
            Target t = list.get(i);
            String sign = (t.headline() ? "★ headline " : "◇ ") + (t.stretch() ? "+ stretch " : "");
            s.append("<tr><td>").append(i + 1).append("</td><td><a href=\"#tgt-").append(i + 1).append("\">")
                    .append(sign).append(Html.text(t.name())).append("</a></td>");
            rest(s, t.concept(), t.period(), t.value(), t.change());
        }
        s.append("</tbody>\n</table>\n</section>\n");
    }

    private static void rest(StringBuilder s, String concept, Object period, ValueMention value, ValueMention change) {
        s.append("<td>").append(Page.field(concept)).append("</td><td>").append(Page.field(period)).append("</td><td>");
        mention(s, value);
        s.append("</td><td>");
        mention(s, change);
        s.append("</td><td>").append(qualifier(value, change)).append("</td></tr>\n");
    }

    /** The mention as written, then what it was read as; a link to the mention in the text. */
    private static void mention(StringBuilder s, ValueMention m) {
        if (m == null) {
            s.append(Page.field(null));
            return;
        }
        MentionDetail d = MentionDetail.of(m);
        s.append(Html.text(m.text())).append("<br/><small>= ").append(Html.text(d.value()))
                .append(d.unit() == null ? "" : " " + Html.text(d.unit()))
                .append(d.change() == null ? "" : " " + (d.change().startsWith("UP") ? "▲" : "▼") + " " + Html.text(d.change()))
                .append("</small>");
    }

    private static String qualifier(ValueMention value, ValueMention change) {
        String v = value == null ? null : value.value().qualifier().name();
        String c = change == null ? null : change.value().qualifier().name();
        if (v != null && c != null && !v.equals(c)) {
            return "value " + v + ", change " + c;
        }
        return v != null ? v : c;
    }

    private static void tasks(StringBuilder s, List<Task> list) {
        open(s, "tasks", "Tasks", list.size() + " work items of the plan");
        if (list.isEmpty()) {
            s.append("</section>\n");
            return;
        }
        s.append("<ol class=\"tasks\">\n");
        for (int i = 0; i < list.size(); i++) {
            Task t = list.get(i);
            s.append("<li><a href=\"#task-").append(i + 1).append("\">").append(Html.text(t.title())).append("</a>");
            if (t.section() != null) {
                s.append(" <small>in ").append(Html.text(t.section())).append("</small>");
            }
            if (!t.targets().isEmpty()) {
                s.append(" <small>(").append(t.targets().size()).append(t.targets().size() == 1 ? " target" : " targets").append(")</small>");
            }
            s.append("</li>\n");
        }
        s.append("</ol>\n</section>\n");
    }

    private static void notes(StringBuilder s, List<Annotation> list) {
        open(s, "notes", "Notes", list.size() + " notes (名词解释) and where the text refers to them");
        if (list.isEmpty()) {
            s.append("</section>\n");
            return;
        }
        s.append("<ol class=\"notes\">\n");
        for (int i = 0; i < list.size(); i++) {
            Annotation a = list.get(i);
            int n = i + 1;
            s.append("<li><a href=\"#note-").append(n).append("\">").append(Html.text(a.term())).append("</a>");
            for (int r = 0; r < a.references().size(); r++) {
                s.append(" <a class=\"back\" href=\"#ref-").append(n).append('-').append(r + 1).append("\">reference ")
                        .append(r + 1).append("</a>");
            }
            s.append("</li>\n");
        }
        s.append("</ol>\n</section>\n");
    }

    /** Opens a section with its heading and a line that counts what it lists. */
    private static void open(StringBuilder s, String id, String title, String caption) {
        s.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-h\">\n<h2 id=\"")
                .append(id).append("-h\">").append(title).append("</h2>\n<p>").append(Html.text(caption)).append("</p>\n");
    }
}
