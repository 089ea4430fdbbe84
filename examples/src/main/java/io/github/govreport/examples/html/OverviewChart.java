package io.github.govreport.examples.html;

import io.github.govreport.model.panel.PanelRow;
import io.github.govreport.model.panel.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One concept across regions, as inline SVG: a grid with a row per region and a column per year, each
 * cell the outcome minus the target of that region's row for that year, with the verdict's sign (●
 * reached, ✕ missed, ◆ approximate, □ no verdict) beside the number and as the cell's colour. Each cell
 * links to its row of the panel table ({@code <a class="cell" data-region data-year data-status
 * href="#row-N">}) and says all of it in its title, for a screen reader and a tooltip. Rows without an
 * outcome leave their cell empty.
 *
 * <p>The difference is written as the panel gives it, exactly; a number too long for a cell (a level
 * in 元) is left to the title and the table.
 */
final class OverviewChart {

    private static final int LABEL = 150;
    private static final int CELL = 52;
    private static final int ROW = 20;
    private static final int HEAD = 22;
    /** The most chars of a difference a cell shows beside the sign. */
    private static final int CELL_CHARS = 5;

    private OverviewChart() {}

    /**
     * Writes the overview of each concept that has outcomes in two or more regions, in the order the
     * concepts first appear.
     *
     * @param s where to write
     * @param rows the panel
     * @param regionOf the label of a row's region, as the page heads its section
     * @param rowNumber the number of a row in the page's table, for the links
     * @return the number of charts written
     */
    static int writeAll(StringBuilder s, List<PanelRow> rows, Function<PanelRow, String> regionOf, ToIntFunction<PanelRow> rowNumber) {
        Map<String, Map<String, TreeMap<Integer, PanelRow>>> byConcept = new LinkedHashMap<>();
        for (PanelRow r : rows) {
            if (r.concept() != null && r.outcome() != null) {
                byConcept.computeIfAbsent(r.concept(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(regionOf.apply(r), k -> new TreeMap<>()).putIfAbsent(r.year(), r);
            }
        }
        int written = 0;
        for (Map.Entry<String, Map<String, TreeMap<Integer, PanelRow>>> e : byConcept.entrySet()) {
            if (e.getValue().size() >= 2) {
                write(s, e.getKey(), e.getValue(), rowNumber);
                written++;
            }
        }
        return written;
    }

    private static void write(StringBuilder s, String concept, Map<String, TreeMap<Integer, PanelRow>> regions, ToIntFunction<PanelRow> rowNumber) {
        TreeSet<Integer> yearSet = new TreeSet<>();
        regions.values().forEach(years -> yearSet.addAll(years.keySet()));
        List<Integer> years = new ArrayList<>(yearSet);
        int width = LABEL + years.size() * CELL + 4;
        int height = HEAD + regions.size() * ROW + 4;
        String caption = concept + " · outcome minus target, by region and year";
        s.append("<figure class=\"overview\" data-concept=\"").append(Html.attr(concept)).append("\">\n<figcaption>")
                .append(Html.text(caption)).append("</figcaption>\n<div class=\"overview-scroll\">\n<svg class=\"grid-chart\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"group\" aria-label=\"").append(Html.attr(caption)).append("\">\n");
        for (int i = 0; i < years.size(); i++) {
            s.append("<text x=\"").append(LABEL + i * CELL + CELL / 2).append("\" y=\"").append(HEAD - 7)
                    .append("\" text-anchor=\"middle\">").append(years.get(i)).append("</text>\n");
        }
        int y = HEAD;
        for (Map.Entry<String, TreeMap<Integer, PanelRow>> region : regions.entrySet()) {
            s.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + ROW / 2).append("\" text-anchor=\"end\" dominant-baseline=\"middle\">")
                    .append(Html.text(region.getKey())).append("</text>\n");
            for (PanelRow r : region.getValue().values()) {
                cell(s, r, region.getKey(), LABEL + years.indexOf(r.year()) * CELL, y, rowNumber.applyAsInt(r));
            }
            y += ROW;
        }
        s.append("</svg>\n</div>\n</figure>\n");
    }

    private static void cell(StringBuilder s, PanelRow r, String region, int x, int y, int row) {
        String label = region + " " + r.year() + ": target "
                + (r.target() == null ? "none set" : PanelPage.text(r.target().value(), r.target().change()))
                + "; outcome " + PanelPage.text(r.outcome().value(), r.outcome().change()) + "; " + r.status().name()
                + (r.difference() == null ? "" : ", outcome minus target " + r.difference().toPlainString());
        s.append("<a class=\"cell\" href=\"#row-").append(row).append("\" data-region=\"").append(Html.attr(region))
                .append("\" data-year=\"").append(r.year()).append("\" data-status=\"").append(r.status().name())
                .append("\" aria-label=\"").append(Html.attr(label)).append("\">\n<title>").append(Html.text(label)).append("</title>\n")
                .append("<rect class=\"cell-bg ").append(tone(r.status())).append("\" x=\"").append(x + 1).append("\" y=\"").append(y + 1)
                .append("\" width=\"").append(CELL - 2).append("\" height=\"").append(ROW - 2).append("\"/>\n<text x=\"")
                .append(x + CELL / 2).append("\" y=\"").append(y + ROW / 2).append("\" text-anchor=\"middle\" dominant-baseline=\"middle\">")
                .append(Html.text(cellText(r.status(), r.difference()))).append("</text>\n</a>\n");
    }

    /** The sign of the verdict, then the difference when it fits: {@code ✕-0.8}, {@code ●}. */
    static String cellText(Status status, BigDecimal difference) {
        String sign = PanelChart.statusWord(status).substring(0, 1);
        String number = difference == null ? "" : difference.stripTrailingZeros().toPlainString();
        if (difference != null && difference.signum() > 0) {
            number = "+" + number;
        }
        return number.length() <= CELL_CHARS ? sign + number : sign;
    }

    private static String tone(Status status) {
        return switch (status) {
            case REACHED -> "reached";
            case MISSED -> "missed";
            case APPROX -> "approx";
            default -> "other";
        };
    }
}
