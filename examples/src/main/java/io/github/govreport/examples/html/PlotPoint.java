package io.github.govreport.examples.html;

import io.github.govreport.core.Amount;
import io.github.govreport.core.Direction;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Range;
import io.github.govreport.core.Scalar;
import io.github.govreport.core.Unit;
import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Target;
import io.github.govreport.model.panel.PanelRow;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one panel row puts on a chart: the target as a shape (a band for a range or an approximate
 * figure, a line with a direction for the others) and the outcome as one number, both signed (a fall is
 * negative, as the panel counts it), in one scale (kind and unit).
 *
 * <p>The mentions drawn are the ones the panel compares: the changes when both have one of the same kind
 * and unit, else the levels, else a target level against an outcome change of the same scale (a rate of
 * growth such as 居民消费价格涨幅3%左右 against 上涨2.5%). Without an outcome, the target's change, else its
 * level; without a target (no target set), the outcome's change, else its level.
 *
 * @param row the row
 * @param scale the kind and unit of the numbers, or null when nothing can be drawn as a number
 * @param shape how the target is drawn; {@link Shape#NONE} when there is no target number
 * @param low the target, or a range's lower end; null for {@link Shape#NONE}
 * @param high a range's upper end, else equal to {@code low}
 * @param up for a {@link Shape#LINE}: true when the target is reached upwards, false downwards
 * @param outcome the outcome's number, or null when there is none on this scale
 * @param outcomeScale the kind and unit of the outcome's number, or null
 * @param written the mentions drawn as the report writes them (for the magnitude of the axis labels: 亿元)
 */
record PlotPoint(PanelRow row, Scale scale, Shape shape, BigDecimal low, BigDecimal high, boolean up, BigDecimal outcome,
        Scale outcomeScale, String written) {

    /** How a target is drawn. */
    enum Shape {
        /** A range ({@code 5%-5.5%}): a band between its ends. */
        RANGE,
        /** An approximate figure ({@code 左右}, {@code 近}): a soft band, no sharp line. */
        APPROX,
        /** A figure reached at or beyond it in one direction ({@code 以上}, {@code 以内}, a plain figure). */
        LINE,
        /** No target number: none is set, or it is a date. */
        NONE
    }

    /**
     * The kind and unit of a number: only numbers of one scale share an axis.
     *
     * @param kind the kind
     * @param unit the unit, or null
     */
    record Scale(Kind kind, Unit unit) {
        static Scale of(ValueMention m) {
            Amount a = m.value().amount();
            return new Scale(a.kind(), a.unit());
        }

        /** {@code % (PERCENT)}, {@code 人 (QUANTITY)}. */
        String label() {
            return (unit == null ? "" : unit.symbol() + " ") + "(" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
        }
    }

    /**
     * The point of a row.
     *
     * @param row the row
     * @return what to draw
     */
    static PlotPoint of(PanelRow row) {
        Target t = row.target();
        Indicator o = row.outcome();
        ValueMention tm = null;
        ValueMention om = null;
        if (t != null && o != null) {
            ValueMention[][] pairs = {{t.change(), o.change()}, {t.value(), o.value()}, {t.value(), o.change()}};
            for (ValueMention[] pair : pairs) {
                if (pair[0] != null && pair[1] != null && Scale.of(pair[0]).equals(Scale.of(pair[1]))) {
                    tm = pair[0];
                    om = pair[1];
                    break;
                }
            }
        }
        if (tm == null && t != null) {
            tm = t.change() != null ? t.change() : t.value();
        }
        if (om == null && o != null) {
            om = o.change() != null ? o.change() : o.value();
        }
        String written = (tm == null ? "" : tm.text()) + " " + (om == null ? "" : om.text());
        BigDecimal outcome = om == null ? null : number(om.value());
        Scale outcomeScale = outcome == null ? null : Scale.of(om);
        if (tm == null || !(tm.value().amount() instanceof Scalar || isNumericRange(tm.value().amount()))) {
            return new PlotPoint(row, outcomeScale, Shape.NONE, null, null, true, outcome, outcomeScale, written);
        }
        Value v = tm.value();
        Scale scale = Scale.of(tm);
        boolean down = isDown(v);
        if (v.amount() instanceof Range r) {
            BigDecimal a = signed(v, ((Scalar) r.low()).value());
            BigDecimal b = signed(v, ((Scalar) r.high()).value());
            return new PlotPoint(row, scale, Shape.RANGE, a.min(b), a.max(b), true, outcome, outcomeScale, written);
        }
        BigDecimal n = signed(v, ((Scalar) v.amount()).value());
        Shape shape = switch (v.qualifier()) {
            case APPROX, NEARLY -> Shape.APPROX;
            default -> Shape.LINE;
        };
        boolean atMost = switch (v.qualifier()) {
            case AT_MOST, LESS_THAN -> true;
            default -> false;
        };
        // "beyond" is the target's own direction: a larger fall for 下降…; 以内 reaches the other way
        boolean up = down == atMost;
        return new PlotPoint(row, scale, shape, n, n, up, outcome, outcomeScale, written);
    }

    /** True when the outcome can stand on the target's axis. */
    boolean outcomeOnScale() {
        return outcome != null && Objects.equals(scale, outcomeScale);
    }

    private static boolean isNumericRange(Amount a) {
        return a instanceof Range r && r.low() instanceof Scalar && r.high() instanceof Scalar;
    }

    /** A value's number, signed; null for a date or a range (an outcome is one number). */
    private static BigDecimal number(Value v) {
        return v.amount() instanceof Scalar s ? signed(v, s.value()) : null;
    }

    private static boolean isDown(Value v) {
        return v.change() != null && v.change().direction() == Direction.DOWN;
    }

    private static BigDecimal signed(Value v, BigDecimal n) {
        return isDown(v) ? n.negate() : n;
    }
}
