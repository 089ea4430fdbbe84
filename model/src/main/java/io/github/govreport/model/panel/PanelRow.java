package io.github.govreport.model.panel;

import io.github.govreport.model.Indicator;
import io.github.govreport.model.Level;
import io.github.govreport.model.NoTarget;
import io.github.govreport.model.Target;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the targets-against-outcomes panel: what a region aimed at for a year, what the next year's
 * report says it achieved, and the verdict. A row comes from a {@link Target} (or, with status {@link
 * Status#NO_TARGET_SET}, from a {@link NoTarget}) of the report that plans for {@code year}; its outcome
 * is an {@link Indicator} of the report that reviews {@code year}.
 *
 * @param region the region, normalized as {@link Panel#normalizeRegion} does ({@code 中国} for {@code
 *     中国（国务院）})
 * @param regionCode the region's six-digit code in the standard of administrative divisions, or null
 * @param level the level of government, or null where the reports do not say
 * @param year the year the target is set for, and the outcome describes
 * @param concept the catalogued concept of the target ({@code gdp}), or for a no-target row the concept its
 *     measure stands for; null when none
 * @param name the target's name, or the measure of the no-target statement
 * @param targetFile the file of the report that sets the target (or states that none is set); null when
 *     the caller gave none
 * @param target the target; null exactly when the status is {@link Status#NO_TARGET_SET}
 * @param noTarget the statement that no target is set; non-null exactly when the status is {@link
 *     Status#NO_TARGET_SET}
 * @param outcomeFile the file of the report the outcome comes from; null when there is no outcome or the
 *     caller gave no file
 * @param outcome the outcome, an annual indicator for {@code year} of the next year's report; null when
 *     none was found
 * @param status the verdict
 * @param difference the outcome minus the target, both signed (a fall is negative: {@code 下降3.1%}
 *     against {@code 下降3%以上} is -0.1), in the unit of the amounts (percent, 人, 元 …); for a range
 *     target the distance to the nearest end, 0 inside. Given for {@link Status#REACHED}, {@link
 *     Status#MISSED} and {@link Status#APPROX}, null otherwise
 * @param note what a reader should know about the row in words (why there is no outcome, why the two
 *     are not comparable …); null when there is nothing to add
 */
public record PanelRow(
        String region,
        String regionCode,
        Level level,
        int year,
        String concept,
        String name,
        String targetFile,
        Target target,
        NoTarget noTarget,
        String outcomeFile,
        Indicator outcome,
        Status status,
        BigDecimal difference,
        String note) {

    /**
     * Creates a row.
     *
     * @throws NullPointerException if {@code region}, {@code name} or {@code status} is null
     * @throws IllegalArgumentException if the target, the no-target statement, the outcome and the
     *     difference do not fit the status as documented above
     */
    public PanelRow {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        boolean noTargetSet = status == Status.NO_TARGET_SET;
        if ((target == null) != noTargetSet || (noTarget == null) != !noTargetSet) {
            throw new IllegalArgumentException(
                    "a row has a target, or with status NO_TARGET_SET a no-target statement: " + name);
        }
        if (outcome == null && outcomeFile != null) {
            throw new IllegalArgumentException("an outcome file without an outcome: " + name);
        }
        boolean outcomeRequired = status != Status.NO_OUTCOME && !noTargetSet;
        if ((status == Status.NO_OUTCOME && outcome != null) || (outcomeRequired && outcome == null)) {
            throw new IllegalArgumentException("status " + status + " does not fit the outcome of " + name);
        }
        boolean judged = status == Status.REACHED || status == Status.MISSED || status == Status.APPROX;
        if ((difference != null) != judged) {
            throw new IllegalArgumentException("a difference goes with REACHED, MISSED or APPROX only: " + name);
        }
    }

    /**
     * What the row is about: the concept when there is one, else the name. The panel has one row per
     * region, level, year and this key.
     *
     * @return {@link #concept()} or {@link #name()}
     */
    public String measure() {
        return concept != null ? concept : name;
    }
}
