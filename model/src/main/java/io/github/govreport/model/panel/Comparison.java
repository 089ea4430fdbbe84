package io.github.govreport.model.panel;

import io.github.govreport.core.Amount;
import io.github.govreport.core.Change;
import io.github.govreport.core.Decimals;
import io.github.govreport.core.Direction;
import io.github.govreport.core.Percentage;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Range;
import io.github.govreport.core.Scalar;
import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Sense;
import io.github.govreport.model.Target;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Holds one target against one outcome: which of their mentions compare (the changes, else the levels),
 * and what the target's qualifier makes of the difference.
 */
final class Comparison {

    /**
     * The verdict on one pair.
     *
     * @param status the status; never {@link Status#NO_OUTCOME} or {@link Status#NO_TARGET_SET}
     * @param difference outcome minus target, signed; null when not comparable
     * @param note the reason or remark, or null
     */
    record Verdict(Status status, BigDecimal difference, String note) {

        boolean comparable() {
            return status != Status.NOT_COMPARABLE;
        }

        static Verdict notComparable(String why) {
            return new Verdict(Status.NOT_COMPARABLE, null, why);
        }
    }

    private Comparison() {}

    /**
     * Compares the changes when both have one of the same kind and unit, else the levels when both have
     * one of the same kind and unit; anything else is not comparable.
     */
    static Verdict judge(Target target, Indicator outcome) {
        // a price index given as a level (居民消费价格指数102.4%) is a rise of 2.4 percent
        ValueMention targetRise = target.change() == null ? priceIndexAsRise(target.name(), target.value()) : null;
        ValueMention outcomeRise = outcome.change() == null ? priceIndexAsRise(outcome.name(), outcome.value()) : null;
        ValueMention targetChange = targetRise != null ? targetRise : target.change();
        ValueMention outcomeChange = outcomeRise != null ? outcomeRise : outcome.change();
        ValueMention targetLevel = targetRise != null ? null : target.value();
        ValueMention outcomeLevel = outcomeRise != null ? null : outcome.value();
        if (targetChange != null && outcomeChange != null && sameScale(targetChange, outcomeChange)) {
            return judge(targetChange.value(), outcomeChange.value(), target.sense());
        }
        if (targetLevel != null && outcomeLevel != null && sameScale(targetLevel, outcomeLevel)) {
            return judge(targetLevel.value(), outcomeLevel.value(), target.sense());
        }
        if (targetChange == null && targetLevel != null && outcomeChange != null && isRateOfGrowth(target.name())
                && sameScale(targetLevel, outcomeChange)) {
            // 居民消费价格涨幅3%左右 against 居民消费价格上涨2.5%: a rate of growth is a rise
            return judge(targetLevel.value().withChange(Change.of(Direction.UP)), outcomeChange.value(), target.sense());
        }
        if (targetChange != null && outcomeChange != null) {
            return Verdict.notComparable("the changes differ in kind or unit: target " + scale(targetChange)
                    + ", outcome " + scale(outcomeChange));
        }
        if (targetLevel != null && outcomeLevel != null) {
            return Verdict.notComparable("the levels differ in kind or unit: target " + scale(targetLevel)
                    + ", outcome " + scale(outcomeLevel));
        }
        return Verdict.notComparable(targetChange != null
                ? "the target is a change, the outcome a level"
                : "the target is a level, the outcome a change");
    }

    /**
     * The words that name a level as a rate of growth: 涨幅, 增速, and 增长 itself where the value stands apart
     * from it (生产总值增长保持在6%-6.5%区间).
     */
    private static final String[] GROWTH_RATE_WORDS = {"涨幅", "增幅", "增速", "增长率", "增长速度", "增长"};

    /** The words that end the name of a price index: 居民消费价格指数, 商品零售价格总指数. */
    private static final String[] PRICE_INDEX_WORDS = {"价格指数", "价格总指数"};

    /** The levels a price index takes, in percent of the year before: beyond them a figure is no index. */
    private static final BigDecimal INDEX_LOW = BigDecimal.valueOf(50);
    private static final BigDecimal INDEX_HIGH = BigDecimal.valueOf(200);

    /**
     * A price index stated as a level, {@code 102.4%} or {@code 102.4}, as the change it means, a rise of 2.4
     * percent (an index under 100 a fall); null for any other level.
     */
    static ValueMention priceIndexAsRise(String name, ValueMention level) {
        if (level == null || !endsWithAny(name, PRICE_INDEX_WORDS) || !(level.value().amount() instanceof Scalar index)
                || index instanceof Quantity q && q.unit() != null
                || !(index instanceof Percentage || index instanceof Quantity)) {
            return null;
        }
        BigDecimal v = index.value();
        if (v.compareTo(INDEX_LOW) <= 0 || v.compareTo(INDEX_HIGH) >= 0) {
            return null;
        }
        BigDecimal rise = v.subtract(BigDecimal.valueOf(100));
        Direction direction = rise.signum() < 0 ? Direction.DOWN : Direction.UP;
        Value value = new Value(new Percentage(rise.abs()), level.value().qualifier(), Change.of(direction));
        return new ValueMention(level.span(), level.text(), value);
    }

    private static boolean endsWithAny(String name, String[] words) {
        for (String w : words) {
            if (name.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when a measure's name says its level is a rate of growth (居民消费价格涨幅). */
    static boolean isRateOfGrowth(String name) {
        return endsWithAny(name, GROWTH_RATE_WORDS);
    }

    /** One value against another of the same kind and unit, for a target of no particular sense. */
    static Verdict judge(Value goal, Value actual) {
        return judge(goal, actual, null);
    }

    /**
     * One value against another of the same kind and unit. A target without a qualifier is reached as its
     * {@code sense} says (a floor at or above, a ceiling at or below, comparing signed values: 下降3% is -3);
     * without a sense, at or beyond it in its direction.
     */
    static Verdict judge(Value goal, Value actual, Sense sense) {
        Amount aim = goal.amount();
        if (!(actual.amount() instanceof Scalar result)) {
            return Verdict.notComparable("the outcome is " + (actual.amount() instanceof Range ? "a range" : "a date")
                    + ", not one number");
        }
        BigDecimal outcome = signed(actual, result.value());
        String remark = actual.qualifier() == Qualifier.EXACT
                ? null
                : "the outcome itself is stated with qualifier " + actual.qualifier();
        if (aim instanceof Range range) {
            if (!(range.low() instanceof Scalar low && range.high() instanceof Scalar high)) {
                return Verdict.notComparable("the target is a range of dates");
            }
            BigDecimal a = signed(goal, low.value());
            BigDecimal b = signed(goal, high.value());
            BigDecimal from = a.min(b);
            BigDecimal to = a.max(b);
            if (outcome.compareTo(from) < 0) {
                return new Verdict(Status.MISSED, normal(outcome.subtract(from)), join("below the range", remark));
            }
            if (outcome.compareTo(to) > 0) {
                return new Verdict(Status.MISSED, normal(outcome.subtract(to)), join("above the range", remark));
            }
            return new Verdict(Status.REACHED, BigDecimal.ZERO, remark);
        }
        if (!(aim instanceof Scalar target)) {
            return Verdict.notComparable("the target is a date, not a number");
        }
        BigDecimal difference = normal(outcome.subtract(signed(goal, target.value())));
        // "beyond" is further in the target's direction: a larger fall for a target of 下降…
        int beyond = isDown(goal) ? -difference.signum() : difference.signum();
        Status status = switch (goal.qualifier()) {
            case APPROX, NEARLY -> Status.APPROX;
            case AT_MOST, LESS_THAN -> beyond <= 0 ? Status.REACHED : Status.MISSED;
            case AT_LEAST, MORE_THAN -> beyond >= 0 ? Status.REACHED : Status.MISSED;
            default -> (sense == null ? beyond >= 0 : sense == Sense.FLOOR ? difference.signum() >= 0 : difference.signum() <= 0)
                    ? Status.REACHED : Status.MISSED; // EXACT: the target's sense decides
        };
        String note = goal.qualifier() == Qualifier.NEARLY ? join("近 (NEARLY) is read as approximate", remark) : remark;
        return new Verdict(status, difference, note);
    }

    /** Same kind and unit: 增长5% and 增长5.2% (PERCENT), 1200万人 and 1256万人 (QUANTITY, 人). */
    private static boolean sameScale(ValueMention a, ValueMention b) {
        Amount x = a.value().amount();
        Amount y = b.value().amount();
        return x.kind() == y.kind() && Objects.equals(x.unit(), y.unit());
    }

    private static String scale(ValueMention m) {
        Amount a = m.value().amount();
        return m.text() + " (" + a.kind() + (a.unit() == null ? "" : ", " + a.unit().symbol()) + ")";
    }

    private static boolean isDown(Value v) {
        return v.change() != null && v.change().direction() == Direction.DOWN;
    }

    /** The number with the sign of the change: 下降2.3% is -2.3. */
    private static BigDecimal signed(Value v, BigDecimal number) {
        return isDown(v) ? number.negate() : number;
    }

    private static BigDecimal normal(BigDecimal d) {
        return Decimals.normalize(d);
    }

    private static String join(String a, String b) {
        return b == null ? a : a + "; " + b;
    }
}
