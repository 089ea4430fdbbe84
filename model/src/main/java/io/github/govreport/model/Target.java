package io.github.govreport.model;

import io.github.govreport.core.Span;
import io.github.govreport.core.ValueMention;
import java.util.Objects;

/**
 * A quantified goal for the coming period: {@code 地区生产总值增长6%左右}.
 *
 * @param name the measure as the text names it
 * @param value the level aimed at, or null
 * @param change the change aimed at, or null; at least one of the two is given
 * @param period the period it is set for, or null when unknown
 * @param span from the name to the last value
 * @param headline true for the report's main expected targets (the list after 主要预期目标是), false for
 *     quantified goals elsewhere in the plan
 * @param stretch true for the second goal of a floor-and-stretch pair ({@code 7%以上、力争达到8%})
 * @param concept the id of the catalogued indicator the measure is ({@code gdp}, {@code cpi}, {@code
 *     urban-new-jobs}, {@code surveyed-unemployment-rate} …), as for {@link Indicator#concept()}; null when
 *     it is none of the catalog's
 * @param sense which side of the target its outcome must be on, as the words, the concept or the direction
 *     say; null where nothing says (a target built without one)
 */
public record Target(
        String name,
        ValueMention value,
        ValueMention change,
        YearSpan period,
        Span span,
        boolean headline,
        boolean stretch,
        String concept,
        Sense sense) {

    /**
     * Creates a target.
     *
     * @throws NullPointerException if {@code name} or {@code span} is null
     * @throws IllegalArgumentException if neither a value nor a change is given, or {@code concept} is blank
     */
    public Target {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
        if (value == null && change == null) {
            throw new IllegalArgumentException("a target needs a value or a change: " + name);
        }
        if (concept != null && concept.isBlank()) {
            throw new IllegalArgumentException("concept of " + name + " is blank; use null for none");
        }
    }

    /**
     * Creates a target without a {@link #sense()}: the constructor from before targets carried one.
     *
     * @param name the measure as the text names it
     * @param value the level aimed at, or null
     * @param change the change aimed at, or null; at least one of the two is given
     * @param period the period it is set for, or null when unknown
     * @param span from the name to the last value
     * @param headline true for the report's main expected targets
     * @param stretch true for the second goal of a floor-and-stretch pair
     * @param concept the catalogued concept, or null
     * @throws NullPointerException if {@code name} or {@code span} is null
     * @throws IllegalArgumentException if neither a value nor a change is given, or {@code concept} is blank
     */
    public Target(String name, ValueMention value, ValueMention change, YearSpan period, Span span, boolean headline,
            boolean stretch, String concept) {
        this(name, value, change, period, span, headline, stretch, concept, null);
    }

    /**
     * Creates a target of no catalogued concept: {@link #concept()} is null. This is the constructor from
     * before measures carried a concept.
     *
     * @param name the measure as the text names it
     * @param value the level aimed at, or null
     * @param change the change aimed at, or null; at least one of the two is given
     * @param period the period it is set for, or null when unknown
     * @param span from the name to the last value
     * @param headline true for the report's main expected targets
     * @param stretch true for the second goal of a floor-and-stretch pair
     * @throws NullPointerException if {@code name} or {@code span} is null
     * @throws IllegalArgumentException if neither a value nor a change is given
     */
    public Target(
            String name, ValueMention value, ValueMention change, YearSpan period, Span span, boolean headline, boolean stretch) {
        this(name, value, change, period, span, headline, stretch, null, null);
    }
}
