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
 * @param concept the id of the catalogued indicator the measure is ({@code gdp} for 国内生产总值, 地区生产总值 or
 *     生产总值; {@code cpi}, {@code urban-new-jobs}, {@code surveyed-unemployment-rate} …), so that measures
 *     named differently compare; null when it is none of the catalog's
 */
public record Indicator(String name, ValueMention value, ValueMention change, YearSpan period, Span span, String concept) {

    /**
     * Creates an indicator.
     *
     * @throws NullPointerException if {@code name} or {@code span} is null
     * @throws IllegalArgumentException if neither a value nor a change is given, or {@code concept} is blank
     */
    public Indicator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
        if (value == null && change == null) {
            throw new IllegalArgumentException("an indicator needs a value or a change: " + name);
        }
        if (concept != null && concept.isBlank()) {
            throw new IllegalArgumentException("concept of " + name + " is blank; use null for none");
        }
    }

    /**
     * Creates an indicator of no catalogued concept: {@link #concept()} is null. This is the constructor
     * from before measures carried a concept.
     *
     * @param name the measure as the text names it
     * @param value the level stated, or null
     * @param change the change stated, or null; at least one of the two is given
     * @param period the period it describes, or null when unknown
     * @param span from the name to the last value
     * @throws NullPointerException if {@code name} or {@code span} is null
     * @throws IllegalArgumentException if neither a value nor a change is given
     */
    public Indicator(String name, ValueMention value, ValueMention change, YearSpan period, Span span) {
        this(name, value, change, period, span, null);
    }
}
