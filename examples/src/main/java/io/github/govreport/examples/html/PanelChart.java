package io.github.govreport.examples.html;

import io.github.govreport.core.Kind;
import io.github.govreport.core.Magnitude;
import io.github.govreport.model.panel.PanelRow;
import io.github.govreport.model.panel.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * One chart of a region's measure over the years, as inline SVG: for each year one mark, a link to the
 * year's row of the panel table ({@code <a class="year-mark" data-year data-concept href="#row-N">}),
 * holding the target (a band for a range, a soft band for an approximate figure, a line with a triangle
 * that points the way that reaches it) and the outcome, whose shape says the verdict (● reached, ✕ missed,
 * ◆ against an approximate target, □ no verdict) besides its colour; under each year its status in
 * words. Each mark has a title and a label in words for a screen reader and a tooltip.
 *
 * <p>The numbers a reader sees (tick labels) are exact decimals; only pixel positions are computed in
 * floating point. Amounts are labelled in the magnitude the report writes them in ({@code 13000} with
 * {@code 亿元} in the caption, not {@code 1300000000000}), else in 万 or 亿 by their size.
 */
final class PanelChart {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 240;
    private static final int LEFT = 70;
    private static final int RIGHT = 12;
    private static final int TOP = 14;
    private static final int BOTTOM = 46;
    private static final int HALF_MARK = 14;

    private final String concept;
    private final List<PlotPoint> points;
    private final ToIntFunction<PanelRow> rowNumber;
    private final PlotPoint.Scale scale;
    private final int firstYear;
    private final int lastYear;
    private final Magnitude magnitude;
    private BigDecimal low;
    private BigDecimal high;
    private BigDecimal step;

    private PanelChart(String concept, List<PlotPoint> points, ToIntFunction<PanelRow> rowNumber) {
        this.concept = concept;
        this.points = points;
        this.rowNumber = rowNumber;
        this.scale = points.stream().map(PlotPoint::scale).filter(s -> s != null).findFirst().orElse(null);
        this.firstYear = points.stream().mapToInt(p -> p.row().year()).min().orElseThrow();
        this.lastYear = points.stream().mapToInt(p -> p.row().year()).max().orElseThrow();
        domain();
        this.magnitude = labelMagnitude();
    }

    /**
     * Writes the chart of one measure.
     *
     * @param s where to write
     * @param concept the concept the rows share
     * @param points one point per year, in order of year
     * @param rowNumber the number of a row in the page's table, for the links
     */
    static void write(StringBuilder s, String concept, List<PlotPoint> points, ToIntFunction<PanelRow> rowNumber) {
        new PanelChart(concept, points, rowNumber).write(s);
    }

    private void write(StringBuilder s) {
        String name = points.get(0).row().name();
        String caption = concept + " · " + name + (scale == null ? "" : " · " + (magnitude == null ? "" : magnitude.symbol()) + scale.label());
        s.append("<figure class=\"chart\" data-concept=\"").append(Html.attr(concept)).append("\">\n<figcaption>")
                .append(Html.text(caption)).append("</figcaption>\n<svg class=\"plot\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"group\" aria-label=\"").append(Html.attr("targets and outcomes by year: " + caption)).append("\">\n");
        axes(s);
        for (PlotPoint p : points) {
            mark(s, p);
        }
        s.append("</svg>\n</figure>\n");
    }

    /** The domain: every number on the chart's scale, widened to round ticks. */
    private void domain() {
        List<BigDecimal> all = new ArrayList<>();
        for (PlotPoint p : points) {
            if (p.scale() != null && p.scale().equals(scale)) {
                if (p.low() != null) {
                    all.add(p.low());
                    all.add(p.high());
                }
                if (p.outcomeOnScale()) {
                    all.add(p.outcome());
                }
            }
        }
        BigDecimal min = all.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal max = all.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (min.compareTo(max) == 0) {
            BigDecimal pad = min.abs().signum() == 0 ? BigDecimal.ONE : min.abs().divide(BigDecimal.TEN);
            min = min.subtract(pad);
            max = max.add(pad);
        }
        step = niceStep(max.subtract(min).divide(BigDecimal.valueOf(4), 12, RoundingMode.HALF_UP));
        low = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        high = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
        if (low.compareTo(min) == 0) {
            low = low.subtract(step); // room below the lowest mark
        }
        if (high.compareTo(max) == 0) {
            high = high.add(step);
        }
    }

    /**
     * The magnitude of the axis labels: the one the drawn mentions write most (万亿, 亿 or 万; the larger on a
     * tie), else 亿 or 万 by the size of the largest number; null for rates and for small amounts.
     */
    private Magnitude labelMagnitude() {
        if (scale == null || scale.kind() != Kind.QUANTITY) {
            return null;
        }
        Map<Magnitude, Integer> written = new EnumMap<>(Magnitude.class);
        for (PlotPoint p : points) {
            if (scale.equals(p.scale())) {
                String t = p.written();
                for (int i = 0; i < t.length(); i++) {
                    Magnitude m = t.startsWith("万亿", i) ? Magnitude.TRILLION
                            : t.charAt(i) == '亿' ? Magnitude.HUNDRED_MILLION : t.charAt(i) == '万' ? Magnitude.TEN_THOUSAND : null;
                    if (m != null) {
                        written.merge(m, 1, Integer::sum);
                        i += m.symbol().length() - 1;
                    }
                }
            }
        }
        Magnitude most = null;
        for (Map.Entry<Magnitude, Integer> e : written.entrySet()) { // in order of size: a tie goes to the larger
            if (most == null || e.getValue() >= written.get(most)) {
                most = e.getKey();
            }
        }
        if (most != null) {
            return most;
        }
        BigDecimal largest = low.abs().max(high.abs());
        return largest.compareTo(Magnitude.HUNDRED_MILLION.multiplier()) >= 0 ? Magnitude.HUNDRED_MILLION
                : largest.compareTo(BigDecimal.valueOf(100_000)) >= 0 ? Magnitude.TEN_THOUSAND : null;
    }

    /** A tick's number in the labels' magnitude: 1300000000000 in 亿 is {@code 13000}. */
    String tickLabel(BigDecimal v) {
        BigDecimal n = magnitude == null ? v : v.divide(magnitude.multiplier());
        return n.stripTrailingZeros().toPlainString();
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static BigDecimal niceStep(BigDecimal rough) {
        int exponent = rough.precision() - rough.scale() - 1;
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        for (int nice : new int[] {1, 2, 5, 10}) {
            BigDecimal step = power.multiply(BigDecimal.valueOf(nice));
            if (step.compareTo(rough) >= 0) {
                return step.stripTrailingZeros();
            }
        }
        return power.multiply(BigDecimal.TEN).stripTrailingZeros();
    }

    private void axes(StringBuilder s) {
        int bottom = HEIGHT - BOTTOM;
        for (BigDecimal v = low; v.compareTo(high) <= 0; v = v.add(step)) {
            String y = px(y(v));
            s.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\"/>\n<text x=\"").append(LEFT - 6).append("\" y=\"").append(y)
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\">").append(tickLabel(v))
                    .append("</text>\n");
        }
        if (low.signum() < 0 && high.signum() > 0) {
            String y = px(y(BigDecimal.ZERO));
            s.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\"/>\n");
        }
        s.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(bottom).append("\"/>\n<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y1=\"").append(bottom).append("\" y2=\"").append(bottom).append("\"/>\n");
    }

    private void mark(StringBuilder s, PlotPoint p) {
        PanelRow row = p.row();
        double x = x(row.year());
        String label = label(p);
        s.append("<a class=\"year-mark\" href=\"#row-").append(rowNumber.applyAsInt(row)).append("\" data-year=\"").append(row.year())
                .append("\" data-concept=\"").append(Html.attr(concept)).append("\" data-status=\"").append(row.status().name())
                .append("\" aria-label=\"").append(Html.attr(label)).append("\">\n<title>").append(Html.text(label)).append("</title>\n");
        double column = columnWidth();
        s.append("<rect class=\"focus-ring\" x=\"").append(px(x - column / 2 + 2)).append("\" y=\"").append(TOP).append("\" width=\"")
                .append(px(column - 4)).append("\" height=\"").append(HEIGHT - TOP - 4).append("\"/>\n");
        boolean onScale = p.scale() != null && p.scale().equals(scale);
        if (onScale) {
            target(s, p, x);
        }
        if (onScale && p.outcomeOnScale()) {
            outcome(s, row.status(), x, y(p.outcome()));
        }
        int bottom = HEIGHT - BOTTOM;
        s.append("<text x=\"").append(px(x)).append("\" y=\"").append(bottom + 16).append("\" text-anchor=\"middle\">").append(row.year())
                .append("</text>\n<text class=\"status\" x=\"").append(px(x)).append("\" y=\"").append(bottom + 32)
                .append("\" text-anchor=\"middle\">").append(Html.text(onScale ? statusWord(row.status()) : "other scale"))
                .append("</text>\n</a>\n");
    }

    private void target(StringBuilder s, PlotPoint p, double x) {
        switch (p.shape()) {
            case RANGE -> {
                double top = y(p.high());
                double h = Math.max(2, y(p.low()) - top);
                s.append("<rect class=\"band\" x=\"").append(px(x - HALF_MARK)).append("\" y=\"").append(px(top))
                        .append("\" width=\"").append(2 * HALF_MARK).append("\" height=\"").append(px(h)).append("\"/>\n");
            }
            case APPROX -> s.append("<rect class=\"band approx\" x=\"").append(px(x - HALF_MARK)).append("\" y=\"")
                    .append(px(y(p.low()) - 6)).append("\" width=\"").append(2 * HALF_MARK).append("\" height=\"12\"/>\n");
            case LINE -> {
                double y = y(p.low());
                s.append("<line class=\"goal\" x1=\"").append(px(x - HALF_MARK)).append("\" x2=\"").append(px(x + HALF_MARK))
                        .append("\" y1=\"").append(px(y)).append("\" y2=\"").append(px(y)).append("\"/>\n");
                // the triangle stands at the line's left end, pointing the way that reaches the target
                double tip = p.up() ? y - 10 : y + 10;
                double base = p.up() ? y - 2 : y + 2;
                double left = x - HALF_MARK;
                s.append("<path class=\"goal-dir\" d=\"M").append(px(left)).append(' ').append(px(base)).append(" L")
                        .append(px(left + 5)).append(' ').append(px(tip)).append(" L").append(px(left + 10)).append(' ')
                        .append(px(base)).append(" Z\"/>\n");
            }
            case NONE -> { }
        }
    }

    /** The outcome's shape: the verdict is told by the shape, and the colour only repeats it. */
    private static void outcome(StringBuilder s, Status status, double x, double y) {
        String cx = px(x);
        String cy = px(y);
        switch (status) {
            case REACHED -> s.append("<circle class=\"out reached\" cx=\"").append(cx).append("\" cy=\"").append(cy).append("\" r=\"5\"/>\n");
            case MISSED -> s.append("<path class=\"out missed\" d=\"M").append(px(x - 5)).append(' ').append(px(y - 5)).append(" L")
                    .append(px(x + 5)).append(' ').append(px(y + 5)).append(" M").append(px(x + 5)).append(' ').append(px(y - 5))
                    .append(" L").append(px(x - 5)).append(' ').append(px(y + 5)).append("\"/>\n");
            case APPROX -> s.append("<path class=\"out approx\" d=\"M").append(cx).append(' ').append(px(y - 6)).append(" L")
                    .append(px(x + 6)).append(' ').append(cy).append(" L").append(cx).append(' ').append(px(y + 6)).append(" L")
                    .append(px(x - 6)).append(' ').append(cy).append(" Z\"/>\n");
            default -> s.append("<rect class=\"out other\" x=\"").append(px(x - 5)).append("\" y=\"").append(px(y - 5))
                    .append("\" width=\"10\" height=\"10\"/>\n");
        }
    }

    /** The status in words under a year. */
    static String statusWord(Status status) {
        return switch (status) {
            case REACHED -> "● reached";
            case MISSED -> "✕ missed";
            case APPROX -> "◆ approx.";
            case NOT_COMPARABLE -> "□ not comparable";
            case NO_OUTCOME -> "no outcome";
            case NO_TARGET_SET -> "□ no target set";
        };
    }

    /** The mark in words: {@code 2025: target 增长6%左右; outcome 增长6.5%; APPROX, difference 0.5}. */
    private static String label(PlotPoint p) {
        PanelRow r = p.row();
        StringBuilder s = new StringBuilder().append(r.year()).append(": ");
        s.append(r.target() == null ? "no target set" : "target " + PanelPage.text(r.target().value(), r.target().change()));
        s.append("; outcome ").append(r.outcome() == null ? "none" : PanelPage.text(r.outcome().value(), r.outcome().change()));
        s.append("; ").append(r.status().name());
        if (r.difference() != null) {
            s.append(", difference ").append(r.difference().toPlainString());
        }
        return s.toString();
    }

    private double columnWidth() {
        return (double) (WIDTH - LEFT - RIGHT) / (lastYear - firstYear + 1);
    }

    private double x(int year) {
        return LEFT + (year - firstYear + 0.5) * columnWidth();
    }

    private double y(BigDecimal v) {
        double span = high.subtract(low).doubleValue();
        return TOP + (high.subtract(v).doubleValue() / span) * (HEIGHT - BOTTOM - TOP);
    }

    private static String px(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
