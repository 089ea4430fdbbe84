package io.github.govreport.examples.html;

import io.github.govreport.core.Span;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.panel.PanelRow;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The panel of targets against outcomes as one HTML page: first, for each concept with outcomes in two
 * or more regions, an overview across regions ({@link OverviewChart}); then for each region, a chart
 * ({@link PanelChart}) for each concept that has rows in at least two years, then the region's rows as a
 * table; under all of them the sentences the targets and outcomes were read from, each row linking to
 * its own.
 *
 * <p>Ids: {@code row-N} for the table rows (numbered from 1 in the panel's order), {@code src-N-target}
 * and {@code src-N-outcome} for the sentences.
 */
public final class PanelPage {

    /** The most chars of a sentence shown on each side of a measure. */
    private static final int CONTEXT = 80;

    private final List<PanelRow> rows;
    private final Map<String, String> texts;
    private final Map<PanelRow, Integer> numbers = new IdentityHashMap<>();

    private PanelPage(List<PanelRow> rows, Map<String, String> texts) {
        this.rows = rows;
        this.texts = texts;
        for (int i = 0; i < rows.size(); i++) {
            numbers.put(rows.get(i), i + 1);
        }
    }

    /**
     * Writes the page.
     *
     * @param rows the panel, as {@code Panel} builds it
     * @param texts the text of each report by the file name the rows give; a file missing here gets no
     *     sentence, only its name and offsets
     * @return the page
     */
    public static String write(List<PanelRow> rows, Map<String, String> texts) {
        return new PanelPage(rows, texts).write();
    }

    private String write() {
        StringBuilder s = new StringBuilder(40_000 + rows.size() * 1_500);
        Page.open(s, "Targets and outcomes");
        s.append("<header class=\"top\">\n<h1>Targets and outcomes</h1>\n<p>").append(rows.size())
                .append(rows.size() == 1 ? " row" : " rows")
                .append(": each region's targets for a year against what its next report says came of them.</p>\n");
        Legend.panel(s);
        s.append("</header>\n<main id=\"main\">\n");
        Map<String, List<PanelRow>> regions = new LinkedHashMap<>();
        for (PanelRow r : rows) {
            regions.computeIfAbsent(regionLabel(r), k -> new ArrayList<>()).add(r);
        }
        overview(s);
        if (rows.isEmpty()) {
            s.append("<p>No annual targets found: give the reports that set them, with the next year's reports.</p>\n");
        }
        int n = 0;
        for (Map.Entry<String, List<PanelRow>> region : regions.entrySet()) {
            n++;
            s.append("<section class=\"region\" id=\"region-").append(n).append("\" aria-labelledby=\"region-").append(n)
                    .append("-h\">\n<h2 id=\"region-").append(n).append("-h\">").append(Html.text(region.getKey())).append("</h2>\n");
            charts(s, region.getValue());
            table(s, region.getValue());
            s.append("</section>\n");
        }
        sources(s);
        s.append("</main>\n");
        Page.close(s);
        return s.toString();
    }

    private static String regionLabel(PanelRow r) {
        return r.region() + " (" + (r.level() == null ? "level unknown" : r.level().name()) + ")";
    }

    private void overview(StringBuilder s) {
        StringBuilder charts = new StringBuilder();
        if (OverviewChart.writeAll(charts, rows, PanelPage::regionLabel, numbers::get) > 0) {
            s.append("<section class=\"overview-all\" id=\"overview\" aria-labelledby=\"overview-h\">\n<h2 id=\"overview-h\">Across regions</h2>\n")
                    .append("<p>Each cell: a region's outcome minus its target for a year (percentage points for a change), with the ")
                    .append("verdict's sign (● reached, ✕ missed, ◆ approximate target, □ no verdict). A cell links to its row.</p>\n")
                    .append(charts).append("</section>\n");
        }
    }

    private void charts(StringBuilder s, List<PanelRow> region) {
        Map<String, TreeMap<Integer, PanelRow>> byConcept = new LinkedHashMap<>();
        for (PanelRow r : region) {
            if (r.concept() != null) {
                byConcept.computeIfAbsent(r.concept(), k -> new TreeMap<>()).putIfAbsent(r.year(), r);
            }
        }
        StringBuilder charts = new StringBuilder();
        for (Map.Entry<String, TreeMap<Integer, PanelRow>> e : byConcept.entrySet()) {
            if (e.getValue().size() >= 2) {
                List<PlotPoint> points = e.getValue().values().stream().map(PlotPoint::of).toList();
                PanelChart.write(charts, e.getKey(), points, numbers::get);
            }
        }
        if (charts.length() == 0) {
            s.append("<p class=\"none\">No concept has targets in two or more years here: no chart.</p>\n");
        } else {
            s.append("<div class=\"charts\">\n").append(charts).append("</div>\n");
        }
    }

    private void table(StringBuilder s, List<PanelRow> region) {
        s.append("<table class=\"panel-table\">\n<thead><tr><th scope=\"col\">year</th><th scope=\"col\">name</th><th scope=\"col\">concept</th>")
                .append("<th scope=\"col\">target</th><th scope=\"col\">outcome</th><th scope=\"col\">status</th>")
                .append("<th scope=\"col\">difference</th><th scope=\"col\">note</th></tr></thead>\n<tbody>\n");
        for (PanelRow r : region) {
            int n = numbers.get(r);
            s.append("<tr id=\"row-").append(n).append("\" data-year=\"").append(r.year()).append("\"><td>").append(r.year())
                    .append("</td><td>").append(Html.text(r.name())).append("</td><td>").append(Page.field(r.concept())).append("</td><td>");
            if (r.target() != null) {
                s.append("<a href=\"#src-").append(n).append("-target\">").append(Html.text(text(r.target().value(), r.target().change())))
                        .append("</a>");
            } else {
                s.append("<a href=\"#src-").append(n).append("-target\">no target set</a>");
            }
            s.append("</td><td>");
            Indicator o = r.outcome();
            if (o == null) {
                s.append(Page.field(null));
            } else {
                s.append("<a href=\"#src-").append(n).append("-outcome\">")
                        .append(Html.text((o.name().equals(r.name()) ? "" : o.name() + " ") + text(o.value(), o.change()))).append("</a>");
            }
            s.append("</td><td class=\"status-").append(r.status().name()).append("\">").append(Html.text(PanelChart.statusWord(r.status())))
                    .append("</td><td>").append(Page.field(r.difference() == null ? null : r.difference().toPlainString()))
                    .append("</td><td>").append(r.note() == null ? "" : Html.text(r.note())).append("</td></tr>\n");
        }
        s.append("</tbody>\n</table>\n");
    }

    private void sources(StringBuilder s) {
        s.append("<section id=\"sources\" aria-labelledby=\"sources-h\">\n<h2 id=\"sources-h\">Sentences</h2>\n")
                .append("<p>Where each target and outcome was read: the file, the offsets of the measure (UTF-16 code units) and its sentence.</p>\n");
        for (PanelRow r : rows) {
            int n = numbers.get(r);
            Span target = r.target() != null ? r.target().span() : r.noTarget().span();
            source(s, "src-" + n + "-target", r.year() + " " + r.name() + ", target", r.targetFile(), target, n);
            if (r.outcome() != null) {
                source(s, "src-" + n + "-outcome", r.year() + " " + r.name() + ", outcome", r.outcomeFile(), r.outcome().span(), n);
            }
        }
        s.append("</section>\n");
    }

    private void source(StringBuilder s, String id, String what, String file, Span span, int row) {
        s.append("<div class=\"source\" id=\"").append(id).append("\">\n<p><a href=\"#row-").append(row).append("\">")
                .append(Html.text(what)).append("</a> · ").append(Html.text(file == null ? "(no file)" : file)).append(' ')
                .append(span.start()).append('-').append(span.end()).append("</p>\n");
        String text = file == null ? null : texts.get(file);
        if (text != null && span.end() <= text.length()) {
            int from = sentenceStart(text, span.start());
            int to = sentenceEnd(text, span.end());
            s.append("<blockquote>").append(from > 0 && !isBreak(text.charAt(from - 1)) ? "…" : "");
            Html.appendText(s, text, from, span.start());
            s.append("<mark>");
            Html.appendText(s, text, span.start(), span.end());
            s.append("</mark>");
            Html.appendText(s, text, span.end(), to);
            s.append(to < text.length() && !isBreak(text.charAt(to - 1)) && !isBreak(text.charAt(to)) ? "…" : "")
                    .append("</blockquote>\n");
        }
        s.append("</div>\n");
    }

    /** After the previous sentence's end or line break, at most {@link #CONTEXT} chars back. */
    private static int sentenceStart(String text, int start) {
        int limit = Math.max(0, start - CONTEXT);
        for (int i = start; i > limit; i--) {
            if (isBreak(text.charAt(i - 1))) {
                return i;
            }
        }
        return limit;
    }

    /** Through the sentence's end mark, before a line break, at most {@link #CONTEXT} chars on. */
    private static int sentenceEnd(String text, int end) {
        int limit = Math.min(text.length(), end + CONTEXT);
        for (int i = end; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
            if (isBreak(c)) {
                return i + 1;
            }
        }
        return limit;
    }

    private static boolean isBreak(char c) {
        return c == '。' || c == '！' || c == '？' || c == '\n' || c == '\r';
    }

    /** The level and the change as the report writes them, joined by {@code ", "}; {@code -} for none. */
    static String text(ValueMention value, ValueMention change) {
        if (value != null && change != null) {
            return value.text() + ", " + change.text();
        }
        return value != null ? value.text() : change != null ? change.text() : "-";
    }
}
