package io.github.govreport.model;

import io.github.govreport.core.Span;
import io.github.govreport.core.ValueMention;
import java.util.Objects;

/**
 * A statistic the report gives for the period it reviews: {@code 地区生产总值356.7亿元，增长6.5%} is the
 * indicator {@code 地区生产总值} with a level of 356.7亿元 and a change of 6.5% up.
 *
 * @param name the measure as the text names it, without scope words such as 全区 or 全年
 * @param value the level stated, or null
 * @param change the change stated (a mention with a change), or null; at least one of the two is given
 * @param period the period it describes, or null when unknown
 * @param span from the name to the last value
 */
public record Indicator(String name, ValueMention value, ValueMention change, YearSpan period, Span span) {

    /**
     * Creates an indicator.
     *
     * @throws NullPointerException if {@code name} or {@code span} is null
     * @throws IllegalArgumentException if neither a value nor a change is given
     */
    public Indicator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
        if (value == null && change == null) {
            throw new IllegalArgumentException("an indicator needs a value or a change: " + name);
        }
    }
}
