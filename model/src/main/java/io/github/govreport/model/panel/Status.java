package io.github.govreport.model.panel;

/** How a target fared against its outcome, in a {@link PanelRow}. */
public enum Status {
    /**
     * The outcome meets the target as its qualifier reads: at or above for {@code 以上} (AT_LEAST), {@code
     * 超过} (MORE_THAN) and a plain figure (EXACT), at or below for {@code 以内} (AT_MOST) and {@code 低于}
     * (LESS_THAN), within the ends for a range. For a fall ({@code 下降3%以上}) "above" means a larger fall.
     */
    REACHED,
    /** The outcome falls short of the target, read as for {@link #REACHED}. */
    MISSED,
    /**
     * The target is approximate ({@code 左右}, APPROX, or {@code 近}, NEARLY): it draws no sharp line, so
     * there is no verdict, only the difference.
     */
    APPROX,
    /**
     * An outcome was found but cannot be held against the target: one is a change and the other a level,
     * they differ in kind or unit, or one is a range or a date where a number is needed.
     */
    NOT_COMPARABLE,
    /** No outcome was found: the next year's report is not among those given, or it has no such measure. */
    NO_OUTCOME,
    /**
     * The report says on purpose that it sets no target for the measure ({@code 不设定年度经济增长具体目标});
     * the row carries the outcome when the next report gives one.
     */
    NO_TARGET_SET
}
